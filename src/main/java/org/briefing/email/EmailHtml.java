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
   * The width of the email's column, 600 px less the container's 1 px borders and the 24 px padding of
   * the theme's content cell: no image is given a larger {@code width}.
   */
  public static final int COLUMN_WIDTH = 550;

  /** The attributes whose relative addresses are read from the email's page. */
  private static final List<String> ADDRESSES = List.of("href", "src", "background", "poster");

  /**
   * @param base the address of the page the email is published beside (an edition's), which
   *     root-relative and relative addresses are resolved against, as a browser reads them there
   * @param sizes the size of each image the build could read, by its absolute address
   * @throws BadStyleSheet when a selector of {@code css} cannot be read
   */
  public static String prepare(String html, String css, URI base, Map<String, ImageSize> sizes) {
    Document doc = Jsoup.parse(html, base.toString());
    // picture sources and srcset offer other files, whose sizes no one checked, to the few clients that read them
    doc.select("script, noscript, iframe, object, embed, form, link[rel~=(?i)stylesheet], style, base, picture > source").remove();
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
      // every attribute a client follows or loads: a table cell's background picture (Outlook), a video's still
      for (String attribute : ADDRESSES) {
        absolute(element, attribute);
      }
      if (element.normalName().equals("img")) {
        sized(element, sizes);
      }
    }
    if (!sheet.kept().isBlank()) {
      doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(sheet.kept()));
    }
    doc.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8);
    return doc.outerHtml() + "\n";
  }

  /**
   * Gives an image the {@code width} and {@code height} Outlook for Windows needs (it shows an image
   * without them at the file's own size, however wide), scaled to fit the column; an image whose size
   * is unknown (remote, missing, or of a kind Java cannot read) is given the column's width and no
   * height. Its style lets it shrink on a narrow screen. An image without alt text gets an empty one,
   * which tells readers' screen readers to pass it by.
   */
  private static void sized(Element img, Map<String, ImageSize> sizes) {
    img.removeAttr("srcset").removeAttr("sizes");
    // the size its author wrote wins over the file's
    ImageSize known = given(img);
    if (known == null) {
      known = sizes.get(img.attr("src"));
    }
    if (known != null) {
      ImageSize fitted = known.fitted(COLUMN_WIDTH);
      img.attr("width", Integer.toString(fitted.width())).attr("height", Integer.toString(fitted.height()));
    } else {
      img.attr("width", Integer.toString(COLUMN_WIDTH)).removeAttr("height");
    }
    Map<String, String> style = StyleSheet.declarations(img.attr("style"));
    style.put("max-width", "100%");
    style.put("height", "auto");
    StringBuilder text = new StringBuilder();
    style.forEach((property, value) -> text.append(text.length() == 0 ? "" : ";").append(property).append(':').append(value));
    img.attr("style", text.toString());
    if (!img.hasAttr("alt")) {
      img.attr("alt", "");
    }
  }

  /** The size the author wrote on the image, when both are whole numbers of pixels. */
  private static ImageSize given(Element img) {
    String width = img.attr("width").strip();
    String height = img.attr("height").strip();
    if (width.matches("[0-9]{1,5}") && height.matches("[0-9]{1,5}") && Integer.parseInt(width) > 0 && Integer.parseInt(height) > 0) {
      return new ImageSize(Integer.parseInt(width), Integer.parseInt(height));
    }
    return null;
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
