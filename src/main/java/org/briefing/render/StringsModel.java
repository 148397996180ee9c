package org.briefing.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.language.ThemeStrings;

/**
 * The theme's strings as templates see them, {@code t}: {@code ${t.sources}} prints a text,
 * {@code ${t.page_of(2, 5)}} fills its places in the order the English file names them, and
 * {@code ${t.stories(n)}} picks the plural form for {@code n}. A value given as HTML (a link
 * made in the template) goes into its place as HTML, and the rest of the text is escaped. A key
 * that does not exist is a template error at the line that asks for it.
 */
final class StringsModel implements TemplateHashModel {
  private final ThemeStrings strings;
  // every page asks for a dozen strings, some once for each story it lists: each is made once
  private final Map<String, TemplateModel> entries = new HashMap<>();

  StringsModel(ThemeStrings strings) {
    this.strings = strings;
    strings.values().keySet().forEach(key -> entries.put(key, new Entry(key)));
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    TemplateModel entry = entries.get(key);
    if (entry == null) {
      throw new TemplateModelException("the theme has no string '" + key + "' (the keys are those of the bundled strings/en.yaml)");
    }
    return entry;
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  /** One string: its text as it is, or, called, filled in. */
  private final class Entry implements TemplateScalarModel, TemplateMethodModelEx {
    private final String key;
    private final String text;
    /** Each form's text cut at its places ({@link ThemeStrings#parts}), by the form's text. */
    private final Map<String, List<String>> parts = new java.util.concurrent.ConcurrentHashMap<>();

    Entry(String key) {
      this.key = key;
      this.text = strings.text(key);
    }

    @Override
    public String getAsString() {
      return text;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
      List<String> places = strings.places(key);
      boolean counted = strings.isPlural(key);
      int expected = places.size() + (counted ? 1 : 0);
      if (arguments.size() != expected) {
        throw new TemplateModelException("t." + key + " takes " + expected + " value" + (expected == 1 ? "" : "s")
            + (counted ? " (the count first)" : "") + (places.isEmpty() ? "" : ": " + String.join(", ", places))
            + "; it was given " + arguments.size());
      }
      Map<String, Object> args = new HashMap<>();
      long count = 0;
      if (counted) {
        if (!(arguments.get(0) instanceof TemplateNumberModel number)) {
          throw new TemplateModelException("t." + key + " takes a number first, the count");
        }
        count = number.getAsNumber().longValue();
        args.put("count", count);
      }
      boolean html = false;
      for (int i = 0; i < places.size(); i++) {
        Object value = plain((TemplateModel) arguments.get(i + (counted ? 1 : 0)));
        html |= value instanceof TemplateHTMLOutputModel;
        args.put(places.get(i), value);
      }
      List<String> parts = this.parts.computeIfAbsent(strings.form(key, count), ThemeStrings::parts);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < parts.size(); i++) {
        String part = parts.get(i);
        if (i % 2 == 0) {
          out.append(html ? HTMLOutputFormat.INSTANCE.escapePlainText(part) : part);
        } else {
          Object value = args.get(part);
          if (value instanceof TemplateHTMLOutputModel markup) {
            out.append(HTMLOutputFormat.INSTANCE.getMarkupString(markup));
          } else {
            String text = String.valueOf(value);
            out.append(html ? HTMLOutputFormat.INSTANCE.escapePlainText(text) : text);
          }
        }
      }
      return html ? HTMLOutputFormat.INSTANCE.fromMarkup(out.toString()) : out.toString();
    }

    private Object plain(TemplateModel value) throws TemplateModelException {
      if (value instanceof TemplateNumberModel number) {
        return number.getAsNumber();
      }
      if (value instanceof TemplateHTMLOutputModel markup) {
        return markup;
      }
      if (value instanceof TemplateMarkupOutputModel<?>) {
        throw new TemplateModelException("t." + key + " takes texts, numbers and HTML");
      }
      if (value instanceof TemplateScalarModel text) {
        return text.getAsString();
      }
      throw new TemplateModelException("t." + key + " takes texts and numbers");
    }
  }
}
