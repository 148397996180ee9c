package org.briefing.email;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Makes an HTML page fit for email clients, which drop style sheets and resolve no relative
 * addresses: the rules of one style sheet are written into each element's {@code style}
 * attribute (media queries, which cannot be, stay in one {@code <style>} in the head), every link
 * and image address is made absolute, and scripts, forms, frames and event handlers are removed.
 */
public final class EmailHtml {
  private EmailHtml() {}

  /** A style sheet that cannot be applied: which rule, and why. */
  public static final class BadStyleSheet extends RuntimeException {
    BadStyleSheet(String message) {
      super(message);
    }
  }

  /** One rule of the style sheet applied to one element, in the order the cascade wants. */
  private record Applied(int specificity, int order, Map<String, String> declarations) {}

  /**
   * @param base the site's address, which root-relative and relative addresses are resolved against
   * @throws BadStyleSheet when a selector of {@code css} cannot be read
   */
  public static String prepare(String html, String css, URI base) {
    Document doc = Jsoup.parse(html, base.toString());
    doc.select("script, noscript, iframe, object, embed, form, link[rel~=(?i)stylesheet], style, base").remove();
    StyleSheet sheet = StyleSheet.parse(css);
    Map<Element, List<Applied>> applied = new IdentityHashMap<>();
    int order = 0;
    for (StyleSheet.Rule rule : sheet.rules()) {
      for (String selector : rule.selectors()) {
        List<Element> matches;
        try {
          matches = doc.select(selector);
        } catch (Selector.SelectorParseException e) {
          throw new BadStyleSheet("the selector '" + selector + "' cannot be applied: " + e.getMessage());
        }
        int specificity = StyleSheet.specificity(selector);
        for (Element element : matches) {
          applied.computeIfAbsent(element, k -> new ArrayList<>()).add(new Applied(specificity, order, rule.declarations()));
        }
        order++;
      }
    }
    for (Element element : doc.getAllElements()) {
      List<Applied> rules = applied.get(element);
      if (rules != null) {
        inline(element, rules);
      }
      List<String> handlers = element.attributes().asList().stream().map(Attribute::getKey)
          .filter(k -> k.toLowerCase(java.util.Locale.ROOT).startsWith("on")).toList();
      handlers.forEach(element::removeAttr);
      absolute(element, "href");
      absolute(element, "src");
      if (element.tagName().equals("img") && !element.hasAttr("alt")) {
        element.attr("alt", "");
      }
    }
    if (!sheet.kept().isBlank()) {
      doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(sheet.kept()));
    }
    doc.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8);
    return doc.outerHtml() + "\n";
  }

  private static void inline(Element element, List<Applied> rules) {
    Map<String, String> style = new LinkedHashMap<>();
    rules.stream().sorted(Comparator.comparingInt(Applied::specificity).thenComparingInt(Applied::order))
        .forEach(rule -> rule.declarations().forEach((property, value) -> {
          style.remove(property);
          style.put(property, value);
        }));
    // what the template wrote on the element itself wins over the style sheet
    StyleSheet.declarations(element.attr("style")).forEach((property, value) -> {
      style.remove(property);
      style.put(property, value);
    });
    StringBuilder text = new StringBuilder();
    style.forEach((property, value) -> text.append(text.length() == 0 ? "" : ";").append(property).append(':').append(value));
    element.attr("style", text.toString());
  }

  private static void absolute(Element element, String attribute) {
    if (!element.hasAttr(attribute)) {
      return;
    }
    String value = element.attr(attribute).strip();
    if (value.isEmpty() || value.startsWith("mailto:") || value.startsWith("#")) {
      return;
    }
    String resolved = element.absUrl(attribute);
    if (!resolved.isEmpty()) {
      element.attr(attribute, resolved);
    }
  }
}
