package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Elements a reader never sees: hidden by an attribute, a common style sheet's class or an inline style. */
final class Hidden {
  /**
   * Class names that hide an element in the common style sheets: display none (h5bp, Bootstrap and Tailwind
   * {@code hidden}, Bootstrap {@code hide} and {@code d-none}, Bulma {@code is-hidden}, Drupal), visibility hidden
   * ({@code invisible}, {@code is-invisible}, {@code element-invisible}) and shown to screen readers only. Whole class
   * names only: {@code overflow-hidden}, {@code hidden-xs}, {@code is-hidden-mobile}, {@code md:hidden} hide nothing or
   * only at some widths. Bootstrap's {@code collapse} is not here: it is a section the reader opens.
   */
  private static final Set<String> HIDDEN_CLASSES = Set.of("hidden", "hide", "d-none", "is-hidden", "element-hidden", "invisible",
      "is-invisible", "element-invisible", "visually-hidden", "visuallyhidden", "sr-only", "is-sr-only", "show-for-sr",
      "screen-reader-text");
  /** The properties of an inline style that hide an element, with the values that do. */
  private static final Map<String, Set<String>> HIDING = Map.of("display", Set.of("none"), "visibility", Set.of("hidden", "collapse"),
      "content-visibility", Set.of("hidden"));
  /**
   * A class that shows at some screen width what a hiding class hides: {@code d-none d-md-block}, {@code hidden md:flex}, and
   * Tailwind's other variants ({@code lg:!block}, {@code @md:block}, {@code min-[640px]:block}, a theme's own {@code tablet:block}).
   */
  private static final Pattern SHOWN_AT_SOME_WIDTH = Pattern.compile("d-(?:sm|md|lg|xl|xxl)-(?!none$)[a-z-]+"
      + "|(?:[^:\\s]+:)+!?(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|table-row|table-cell|contents"
      + "|flow-root|list-item|visible|not-sr-only)");

  private Hidden() {}

  /** Why the element is left out when it is hidden: the {@code hidden} attribute, {@code aria-hidden}, a hiding class or style. */
  static Optional<String> reason(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || hiddenByClass(e) || hiddenByStyle(e.attr("style"))) {
      return Optional.of(HtmlImporter.HIDDEN);
    }
    return Optional.empty();
  }

  private static boolean hiddenByClass(Element e) {
    Set<String> names = e.classNames();
    return names.stream().anyMatch(n -> HIDDEN_CLASSES.contains(n.toLowerCase(Locale.ROOT)))
        && names.stream().noneMatch(n -> SHOWN_AT_SOME_WIDTH.matcher(n.toLowerCase(Locale.ROOT)).matches());
  }

  /**
   * Whether an inline style hides the element: {@code display: none}, {@code visibility: hidden} or {@code collapse},
   * or {@code content-visibility: hidden} (its contents are neither drawn nor found by find-in-page; {@code auto}
   * draws them). The last declaration of a property wins unless an earlier one is {@code !important} and it is not.
   */
  private static boolean hiddenByStyle(String style) {
    Map<String, String> values = new HashMap<>();
    Set<String> important = new HashSet<>();
    for (String declaration : declarations(style)) {
      int colon = declaration.indexOf(':');
      String property = colon < 0 ? "" : declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (!HIDING.containsKey(property)) {
        continue;
      }
      String value = declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
      boolean isImportant = value.matches(".*!\\s*important");
      if (isImportant || !important.contains(property)) {
        values.put(property, value.replaceFirst("\\s*!\\s*important$", ""));
        if (isImportant) {
          important.add(property);
        }
      }
    }
    return values.entrySet().stream().anyMatch(v -> HIDING.get(v.getKey()).contains(v.getValue()));
  }

  /** The declarations of a style attribute, split at semicolons outside quotes and brackets, comments removed. */
  private static List<String> declarations(String style) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    int depth = 0;
    for (int i = 0; i < style.length(); i++) {
      char c = style.charAt(i);
      if (quote != 0) {
        current.append(c);
        if (c == '\\' && i + 1 < style.length()) {
          current.append(style.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '/' && i + 1 < style.length() && style.charAt(i + 1) == '*') {
        int end = style.indexOf("*/", i + 2);
        i = end < 0 ? style.length() : end + 1;
        current.append(' ');
      } else if (c == '"' || c == '\'') {
        quote = c;
        current.append(c);
      } else if (c == '(') {
        depth++;
        current.append(c);
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
        current.append(c);
      } else if (c == ';' && depth == 0) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    out.add(current.toString());
    return out;
  }
}
