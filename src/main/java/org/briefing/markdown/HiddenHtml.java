package org.briefing.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What a browser does not show of HTML passed through from Markdown ({@code markdown.raw_html: allow}): the content of a
 * {@code <script>}, {@code <style>} or {@code <template>}, and of an element with the {@code hidden} attribute or
 * {@code display:none} in its style. An instance follows the tags as they come, one inline tag at a time or a block of
 * HTML at once, and says whether what comes next is hidden: an element opened by one block of HTML hides the Markdown
 * after it up to the block that closes it, as in the page.
 */
public final class HiddenHtml {
  private static final Pattern TAG = Pattern.compile(
      "<!--[\\s\\S]*?-->|<(/?)([A-Za-z][^\\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
  private static final Pattern NOT_SHOWN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none");
  /** Elements whose content is never shown; script and style hold text, not tags, so only their end tag ends them. */
  private static final Set<String> NEVER_SHOWN = Set.of("script", "style", "template");
  private static final Set<String> RAW_TEXT = Set.of("script", "style");
  /** Elements without content: the hidden attribute on one hides nothing after it. */
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
      "source", "track", "wbr");

  /** The lower-case name of the hidden element open; null while what comes is shown. */
  private String element;
  /** How many elements of that name are open, itself included. */
  private int depth;

  /** Whether what comes next is hidden. */
  boolean hiding() {
    return element != null;
  }

  /**
   * Follows the tags of {@code html}, a tag or a block of HTML, and returns where in it what is shown begins again: 0
   * when nothing was hidden as it began, the end of the tag that closes the hidden element when one was, and its length
   * when that element is still open at its end.
   */
  int read(CharSequence html) {
    int shownFrom = element == null ? 0 : -1;
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      if (tag.group(2) == null) {
        continue; // a comment
      }
      boolean closing = !tag.group(1).isEmpty();
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (element == null) {
        if (!closing && hides(name, tag.group(3))) {
          element = name;
          depth = 1;
        }
      } else if (name.equals(element)) {
        if (closing && --depth == 0) {
          element = null;
          shownFrom = shownFrom < 0 ? tag.end() : shownFrom;
        } else if (!closing && !RAW_TEXT.contains(name)) {
          depth++;
        }
      }
    }
    return shownFrom < 0 ? html.length() : shownFrom;
  }

  /** Whether an opening tag {@code name} with {@code attributes} hides its content. */
  private static boolean hides(String name, String attributes) {
    if (NEVER_SHOWN.contains(name)) {
      return true;
    }
    if (VOID.contains(name)) {
      return false;
    }
    Matcher attribute = RawHtmlLinks.ATTRIBUTE.matcher(attributes);
    while (attribute.find()) {
      String key = attribute.group(1).toLowerCase(Locale.ROOT);
      String value = attribute.group(2) != null ? attribute.group(2)
          : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
      if (key.equals("hidden") || key.equals("style") && value != null && NOT_SHOWN_STYLE.matcher(value).find()) {
        return true;
      }
    }
    return false;
  }

  /** The text a browser shows of {@code html}, white space collapsed: hidden elements (as above) left out. */
  public static String shownText(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select("script, style, template, [hidden]").remove();
    for (Element styled : body.select("[style]")) {
      if (NOT_SHOWN_STYLE.matcher(styled.attr("style")).find()) {
        styled.remove();
      }
    }
    return body.text();
  }
}
