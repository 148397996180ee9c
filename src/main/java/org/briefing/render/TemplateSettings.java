package org.briefing.render;

import freemarker.core.TemplateElement;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language and time zones a site's template sets while the page renders
 * ({@code <#setting locale=article.language>}, {@code <#setting time_zone=zone>}), checked as they
 * are set: Freemarker takes "JVM default" for the machine's own, whatever expression gave it, so a
 * value the template worked out (or read from a story or {@code briefing.yaml}) could make the page
 * differ from one machine to another. Each such setting of a site's template is read through
 * {@link Check}, which refuses what {@link TemplateCheck#settingRefusal(String, String, int)} refuses
 * of a written value, at the setting's line.
 */
final class TemplateSettings {
  /**
   * The name of {@link Check} among Freemarker's shared variables, reached as
   * {@code .data_model.NAME}: no variable of a template can hide it there, and no page's data has
   * the name.
   */
  static final String CHECK = "briefing_checked_setting";

  private static final Pattern KEY = Pattern.compile(
      "#setting (locale|time_zone|timeZone|sql_date_and_time_time_zone|sqlDateAndTimeTimeZone)=.*", Pattern.DOTALL);

  private TemplateSettings() {}

  /** A setting's value the build refuses, with what to do instead. */
  static final class Refused extends TemplateModelException {
    final String refusal;
    final String hint;

    Refused(String refusal, String hint) {
      super(refusal);
      this.refusal = refusal;
      this.hint = hint;
    }
  }

  /**
   * {@code text}, the source of {@code parsed} (parsed with a tab size of 1, so that a column is a
   * character), with the value of each setting of the language or a time zone passed through
   * {@link Check}; the same text when it has none. Only characters are added, never a line, so that
   * errors keep their lines.
   */
  static String checked(Template parsed, String text) {
    List<TemplateElement> settings = new ArrayList<>();
    find(parsed.getRootTreeNode(), settings);
    if (settings.isEmpty()) {
      return text;
    }
    String call = (parsed.getActualNamingConvention() == Configuration.CAMEL_CASE_NAMING_CONVENTION ? ".dataModel." : ".data_model.") + CHECK;
    int[] lines = lineStarts(text);
    StringBuilder out = new StringBuilder(text);
    // from the last to the first, so that the offsets of those before stay right
    for (int i = settings.size() - 1; i >= 0; i--) {
      TemplateElement setting = settings.get(i);
      int start = lines[setting.getBeginLine() - 1] + setting.getBeginColumn() - 1;
      int end = lines[setting.getEndLine() - 1] + setting.getEndColumn(); // after the tag's closing '>' or ']'
      int valueStart = text.indexOf('=', start) + 1;
      int valueEnd = end - 1;
      if (text.charAt(valueEnd - 1) == '/') {
        valueEnd--; // <#setting locale=x/>
      }
      Matcher key = KEY.matcher(setting.getDescription());
      key.matches();
      out.insert(valueEnd, ")");
      out.insert(valueStart, call + "(\"" + key.group(1) + "\", ");
    }
    return out.toString();
  }

  private static void find(TemplateElement element, List<TemplateElement> settings) {
    if (element.getNodeName().equals("PropertySetting") && KEY.matcher(element.getDescription()).matches()) {
      settings.add(element);
    }
    for (int i = 0; i < element.getChildCount(); i++) {
      find((TemplateElement) element.getChildAt(i), settings);
    }
  }

  /** The offset at which each line of {@code text} starts, with line breaks as Freemarker counts them ("\r\n", "\n" or "\r"). */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Gives back the value a setting is given, or refuses it: called with the setting's name and
   * value, it turns the value into text as {@code <#setting>} does (a number or a yes/no too).
   */
  static final class Check implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
      String name = ((TemplateScalarModel) arguments.get(0)).getAsString();
      TemplateModel value = (TemplateModel) arguments.get(1);
      String text = value instanceof TemplateScalarModel scalar ? scalar.getAsString()
          : value instanceof TemplateBooleanModel yes ? String.valueOf(yes.getAsBoolean())
          : value instanceof TemplateNumberModel number ? number.getAsNumber().toString() : null;
      TemplateCheck.Refusal refusal = text == null ? null : TemplateCheck.settingRefusal(name, text, 0);
      if (refusal != null) {
        throw new Refused(refusal.message(), refusal.hint());
      }
      return value;
    }
  }
}
