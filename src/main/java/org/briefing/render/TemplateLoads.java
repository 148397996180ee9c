package org.briefing.render;

import freemarker.core.ParseException;
import freemarker.core.TemplateElement;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates a template loads by name, read from Freemarker's own parse of it (so a directive
 * in a comment or a string, or in square brackets, is none, as for the build): each {@code
 * <#include>}, {@code <#import>} and {@code .get_optional_template} call, its name resolved as
 * Freemarker resolves it, at its line. The one reading of what a template loads, for the check of
 * unused templates ({@link UnusedTemplates}) and the search for an include loop ({@link TemplateRecursion}).
 */
final class TemplateLoads {
  private static final Pattern LOADED = Pattern.compile("^#(include|import) (\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')"
      + "(?:$| as | encoding=| parse=| ignore_missing=)");
  private static final Pattern OPTIONAL = Pattern.compile("\\.(?:get_optional_template|getOptionalTemplate)(?!\\w)");
  private static final Pattern OPTIONAL_NAMED = Pattern.compile("\\.(?:get_optional_template|getOptionalTemplate)"
      + "\\((\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')[,)]");

  /** How a template is loaded: included in place, imported as a library of macros, or got by name. */
  enum Kind {
    INCLUDE,
    IMPORT,
    OPTIONAL
  }

  /** One template loaded: its name from the top of {@code templates/}, how, and the line of the call. */
  record Load(String name, Kind kind, int line) {}

  /**
   * What a template loads by a name written out; {@code complete} is false when it also loads one
   * whose name is computed while the page renders ({@code <#include name>}) or looked for in the
   * folders above ({@code "*}{@code /x.ftlh"}), which cannot be known before.
   */
  record Reading(List<Load> loads, boolean complete) {}

  private final Configuration parsing = new Configuration(Configuration.VERSION_2_3_34);

  TemplateLoads() {
    // as the build's configuration (Templates) parses: by the file's ending, in the default tag syntax
    parsing.setRecognizeStandardFileExtensions(true);
  }

  /** What the template {@code name}, whose text is {@code text}, loads; null when it cannot be parsed. */
  Reading of(String name, String text) {
    Template template;
    try {
      template = new Template(name, text, parsing);
    } catch (ParseException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Load> loads = new ArrayList<>();
    boolean[] complete = {true};
    walk(name, template.getRootTreeNode(), loads, complete);
    return new Reading(List.copyOf(loads), complete[0]);
  }

  private static void walk(String template, TemplateElement element, List<Load> loads, boolean[] complete) {
    String kind = element.getNodeName();
    if (!kind.equals("TextBlock") && !kind.equals("Comment")) {
      String description = element.getDescription();
      if (kind.equals("Include") || kind.equals("LibraryLoad")) {
        Matcher literal = LOADED.matcher(description);
        String name = literal.find() ? resolved(template, literal.group(2)) : null;
        if (name == null) {
          complete[0] = false;
        } else {
          loads.add(new Load(name, literal.group(1).equals("include") ? Kind.INCLUDE : Kind.IMPORT, element.getBeginLine()));
        }
      }
      // the code only, so that a string that merely mentions the name is no call
      Matcher call = OPTIONAL.matcher(TemplateCheck.codeOf(description));
      while (call.find()) {
        Matcher named = OPTIONAL_NAMED.matcher(description).region(call.start(), description.length());
        String name = named.lookingAt() ? resolved(template, named.group(1)) : null;
        if (name == null) {
          complete[0] = false;
        } else {
          loads.add(new Load(name, Kind.OPTIONAL, element.getBeginLine()));
        }
      }
    }
    for (int i = 0; i < element.getChildCount(); i++) {
      walk(template, (TemplateElement) element.getChildAt(i), loads, complete);
    }
  }

  /**
   * The name a quoted template name in {@code template} stands for, as Freemarker resolves it:
   * from the top of {@code templates/} when it starts with '/', else from the template's folder;
   * null when it is computed while the page renders or looked for in the folders above.
   */
  private static String resolved(String template, String quoted) {
    String written = quoted.substring(1, quoted.length() - 1);
    if (written.contains("${") || written.contains("#{") || written.contains("*") || written.contains("://")) {
      return null;
    }
    written = written.replaceAll("\\\\(.)", "$1");
    String path = written.startsWith("/") ? written.substring(1) : template.substring(0, template.lastIndexOf('/') + 1) + written;
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        parts.pollLast(); // above the top, Freemarker refuses the name when the line runs
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }
}
