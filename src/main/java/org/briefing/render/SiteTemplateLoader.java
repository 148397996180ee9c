package org.briefing.render;

import freemarker.cache.FileTemplateLoader;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a site's own templates. A template may be a link to a file elsewhere in the site (the
 * build refuses one that leads outside it before any template is read: {@link Templates#fingerprintOf}).
 * A template that prints {@code .now}, the clock of the machine, is refused: a page must be the
 * same whenever and wherever it is built, and a rebuild that keeps the page would keep another
 * moment than a clean build writes.
 */
final class SiteTemplateLoader extends FileTemplateLoader {
  private static final Pattern COMMENT = Pattern.compile("<#--.*?-->|\\[#--.*?--]", Pattern.DOTALL);
  private static final Pattern NOW = Pattern.compile("(?<![\\w.$])\\.now(?!\\w)");

  /** A template that reads the machine's clock, at its line. */
  static final class ReadsTheClock extends IOException {
    final Path file;
    final int line;

    ReadsTheClock(Path file, int line) {
      super(file + ":" + line + " reads .now");
      this.file = file;
      this.line = line;
    }
  }

  SiteTemplateLoader(Path dir) throws IOException {
    // links are checked against the site folder by the build itself, not against this folder
    super(dir.toFile(), true);
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    Path file = ((File) source).toPath();
    // bytes that are not text in the encoding become U+FFFD, as Freemarker's own loader reads them
    String text = new String(Files.readAllBytes(file), Charset.forName(encoding));
    int at = clockAt(text);
    if (at >= 0) {
      throw new ReadsTheClock(file, 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count());
    }
    return new StringReader(text);
  }

  /** Where {@code text} reads {@code .now} outside a comment, or -1. */
  static int clockAt(String text) {
    StringBuilder code = new StringBuilder(text);
    Matcher comment = COMMENT.matcher(text);
    while (comment.find()) {
      for (int i = comment.start(); i < comment.end(); i++) {
        code.setCharAt(i, ' ');
      }
    }
    Matcher now = NOW.matcher(code);
    return now.find() ? now.start() : -1;
  }
}
