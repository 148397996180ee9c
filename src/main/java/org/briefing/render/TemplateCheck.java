package org.briefing.render;

import freemarker.core.TemplateElement;
import freemarker.template.Template;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a site's template may not do, checked on the parsed template, so that spacing, comments or
 * string literals cannot hide it: read the machine's clock ({@code .now}), print a caught error
 * ({@code .error}, whose text may hold a machine path or an object's identity), or turn text into
 * template code ({@code ?eval}, {@code ?interpret}), through which content or a string built at run
 * time could do either.
 */
final class TemplateCheck {
  /** A refused construct, at the line where the template uses it. */
  record Refusal(int line, String message, String hint) {}

  // element descriptions are in Freemarker's canonical form: ". now" reads ".now", a key of a hash
  // follows a name, a closing bracket or quote (a.now, x[0].now, "{}"?eval_json.now), a special variable never does
  private static final Pattern SPECIAL = Pattern.compile("(?<![\\w.$)\\]}\"'])\\.(now|error)(?!\\w)");
  private static final Pattern TEXT_AS_CODE = Pattern.compile("\\?(eval|interpret)(?!\\w)");
  /** A {@code <#setting>} of the language or a time zone to a text, as Freemarker describes it. */
  private static final Pattern SETTING = Pattern.compile(
      "#setting (locale|time_zone|timeZone|sql_date_and_time_time_zone|sqlDateAndTimeTimeZone)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private static final Pattern INTERPOLATION = Pattern.compile("(?<!\\\\)[$#]\\{");

  private TemplateCheck() {}

  /** The first refused construct of {@code template}, or null. */
  static Refusal firstRefusal(Template template) {
    return walk(template.getRootTreeNode());
  }

  private static Refusal walk(TemplateElement element) {
    String kind = element.getNodeName();
    if (kind.equals("PropertySetting")) {
      Refusal refusal = settingRefusal(element.getDescription(), element.getBeginLine());
      if (refusal != null) {
        return refusal;
      }
    }
    if (!kind.equals("TextBlock") && !kind.equals("Comment")) {
      Refusal refusal = refusal(codeOf(element.getDescription()), element.getBeginLine());
      if (refusal != null) {
        return refusal;
      }
    }
    for (int i = 0; i < element.getChildCount(); i++) {
      Refusal refusal = walk((TemplateElement) element.getChildAt(i));
      if (refusal != null) {
        return refusal;
      }
    }
    return null;
  }

  /**
   * {@code description} with the text of its string literals blanked, so that a string that only
   * mentions ".now" or "?eval" is no use of them; an interpolation inside a string ({@code "${.now}"})
   * is code and stays.
   */
  static String codeOf(String description) {
    StringBuilder code = new StringBuilder(description.length());
    java.util.Deque<Character> open = new java.util.ArrayDeque<>(); // a quote, or '{' for a brace or an interpolation
    for (int i = 0; i < description.length(); i++) {
      char c = description.charAt(i);
      Character top = open.peek();
      boolean inString = top != null && top != '{';
      if (inString) {
        if (c == '\\' && i + 1 < description.length()) {
          code.append("  ");
          i++;
        } else if (c == top) {
          open.pop();
          code.append(c);
        } else if ((c == '$' || c == '#') && i + 1 < description.length() && description.charAt(i + 1) == '{') {
          open.push('{');
          code.append(c).append('{');
          i++;
        } else {
          code.append(' ');
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        open.push(c);
      } else if (c == '{') {
        open.push('{');
      } else if (c == '}' && top != null) {
        open.pop();
      }
      code.append(c);
    }
    return code.toString();
  }

  /**
   * A {@code <#setting>} that makes the page depend on the machine that builds it, written as a
   * text ({@link #settingRefusal(String, String, int)}); a value computed while the page renders is
   * checked when it is set ({@link TemplateSettings}).
   */
  private static Refusal settingRefusal(String description, int line) {
    Matcher setting = SETTING.matcher(description);
    // a text with an interpolation ("${zone}") is computed too
    return setting.matches() && !INTERPOLATION.matcher(setting.group(2)).find() ? settingRefusal(setting.group(1), setting.group(2), line) : null;
  }

  /**
   * The refusal of setting {@code name} (the language or a time zone) to {@code value}, else null:
   * Freemarker's "JVM default" language or time zone is the machine's, so the same site would give
   * other bytes elsewhere, and a rebuild on another machine would mix pages of both. A time zone
   * Java does not know is refused too: Freemarker would take GMT without a word.
   */
  static Refusal settingRefusal(String name, String value, int line) {
    boolean language = name.equals("locale");
    if (value.equalsIgnoreCase("JVM default")) {
      return new Refusal(line, "the template sets " + name + " to \"JVM default\", the " + (language ? "language" : "time zone")
          + " of the machine that builds the site: the same site would give other pages on another machine, and a rebuild there"
          + " would mix pages of both", language
              ? "leave the language out (the site's, language: in briefing.yaml, is used), or name one: <#setting locale=\"fr\">"
              : "leave the time zone out (the site's, time_zone: in briefing.yaml, is used), or name one: <#setting time_zone=\"Europe/Paris\">");
    }
    if (!language && !knownZone(value) && !(value.equals("null") && name.startsWith("sql"))) {
      return new Refusal(line, "the template sets " + name + " to \"" + value + "\", which is no time zone Java knows: Freemarker would use"
          + " GMT instead", "write a zone of the IANA database (Europe/Paris, America/New_York) or an offset (GMT+02:00)");
    }
    return null;
  }

  /** Whether Freemarker, which reads a zone as {@link java.util.TimeZone} does, finds {@code value} rather than falling back to GMT. */
  private static boolean knownZone(String value) {
    return value.equals("GMT") || !java.util.TimeZone.getTimeZone(value).getID().equals("GMT");
  }

  private static Refusal refusal(String code, int line) {
    Matcher special = SPECIAL.matcher(code);
    if (special.find()) {
      return special.group(1).equals("now")
          ? new Refusal(line, "the template prints .now, the clock of the machine that builds the site: the page would differ at each "
              + "build, and a rebuild that keeps the page would keep another moment than a clean build writes",
              "print a date of the page's stories or edition instead (article.dateIso, edition.dateIso)")
          : new Refusal(line, "the template prints .error, Freemarker's text of a caught error, which can hold a path of the machine "
              + "that builds the site or an object's identity: two builds of the same site would differ",
              "in <#recover>, print a text of your own instead");
    }
    Matcher textAsCode = TEXT_AS_CODE.matcher(code);
    if (textAsCode.find()) {
      return new Refusal(line, "the template uses ?" + textAsCode.group(1) + ", which runs text as template code: a story's field "
          + "or a string built at run time could then do what a site's template may not (read the clock, run other templates)",
          "write the expression or the template code itself; ?eval_json reads JSON text without running it");
    }
    return null;
  }
}
