package org.briefing.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A simple style sheet for email: plain rules (selectors and declarations), which are inlined, and
 * everything else ({@code @media} blocks, rules with pseudo-classes) kept as written for the head.
 */
record StyleSheet(List<Rule> rules, String kept) {

  /** A rule to inline: its selectors, and its declarations in order. */
  record Rule(List<String> selectors, Map<String, String> declarations) {}

  static StyleSheet parse(String css) {
    String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
    List<Rule> rules = new ArrayList<>();
    StringBuilder kept = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        break;
      }
      String prelude = text.substring(i, open).strip();
      int close = matching(text, open);
      String block = text.substring(open + 1, close);
      if (prelude.startsWith("@") || prelude.contains(":")) {
        kept.append(prelude).append('{').append(block.strip().replaceAll("\\s*\\n\\s*", "")).append("}\n");
      } else if (!prelude.isEmpty()) {
        List<String> selectors = new ArrayList<>();
        for (String selector : prelude.split(",")) {
          if (!selector.isBlank()) {
            selectors.add(selector.strip().replaceAll("\\s+", " "));
          }
        }
        rules.add(new Rule(List.copyOf(selectors), declarations(block)));
      }
      i = close + 1;
    }
    return new StyleSheet(List.copyOf(rules), kept.toString());
  }

  /** The declarations of a block or style attribute, by property, in order. */
  static Map<String, String> declarations(String block) {
    Map<String, String> declarations = new LinkedHashMap<>();
    for (String declaration : block.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon > 0) {
        String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = declaration.substring(colon + 1).strip().replaceAll("\\s+", " ");
        if (!property.isEmpty() && !value.isEmpty()) {
          declarations.remove(property);
          declarations.put(property, value);
        }
      }
    }
    return declarations;
  }

  /** How specific a selector is, as one number: ids, then classes and attributes, then element names. */
  static int specificity(String selector) {
    int ids = 0;
    int classes = 0;
    int elements = 0;
    for (String compound : selector.split("[\\s>+~]+")) {
      ids += count(compound, '#');
      classes += count(compound, '.') + count(compound, '[');
      if (!compound.isEmpty() && Character.isLetter(compound.charAt(0))) {
        elements++;
      }
    }
    return ids * 10_000 + classes * 100 + elements;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }

  private static int matching(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new EmailHtml.BadStyleSheet("a '{' is never closed");
  }
}
