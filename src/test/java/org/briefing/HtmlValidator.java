package org.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu HTML Checker, run in-process; returns the error lines for a page (warnings are ignored). */
final class HtmlValidator {
  private final EmbeddedValidator validator = new EmbeddedValidator();

  HtmlValidator() {
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    validator.setNoLangDetect(true);
  }

  List<String> errors(Path page) {
    try {
      String report = validator.validate(page);
      List<String> errors = new ArrayList<>();
      for (String line : report.split("\n")) {
        if (line.contains("error:") || line.contains("fatal:")) {
          errors.add(line);
        }
      }
      return errors;
    } catch (IOException | org.xml.sax.SAXException e) {
      throw new IllegalStateException("the validator could not read " + page, e);
    }
  }
}
