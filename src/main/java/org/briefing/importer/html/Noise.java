package org.briefing.importer.html;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Page parts that are not the story: navigation, ads, related links, sharing, comments, scripts. */
final class Noise {
  private static final Set<String> TAGS = Set.of("nav", "aside", "script", "style", "noscript", "iframe", "form", "button",
      "svg", "template", "footer", "object", "embed", "select", "input", "dialog", "menu");
  private static final Pattern CLASSES = Pattern.compile("(?i)(?:^|[-_ ])(?:ad|ads|adv|advert|adverts|advertisement|adslot|dfp|promo|promotion"
      + "|related|more-stories|read-more|readmore|recommended|recommendations|outbrain|taboola|sponsored|sponsor|share|sharing|social"
      + "|newsletter|subscribe|subscription|signup|paywall|comments?|disqus|breadcrumbs?|tags|topics-list|most-read|mostread|popular"
      + "|trending|cookie|consent|banner|masthead|site-header|site-footer|navigation|nav|menu|toolbar|skip-link)(?:$|[-_ ])");
  private static final Pattern HIDDEN_CLASSES = Pattern.compile("(?i)(?:^|[-_ ])(?:visually-hidden|sr-only|screen-reader-text)(?:$|[-_ ])");

  private Noise() {}

  /** Why the element is left out, or empty when it may belong to the story. */
  static Optional<String> reason(Element e) {
    return byTag(e).or(() -> byRole(e)).or(() -> hidden(e)).or(() -> byClass(e));
  }

  /**
   * Why an element inside running text is left out, or empty when its words belong to the sentence. A class name
   * alone does not take words out of a sentence: a link styled as "related" is still part of what the sentence says.
   */
  static Optional<String> inText(Element e) {
    return byTag(e).or(() -> hidden(e));
  }

  private static Optional<String> byTag(Element e) {
    String tag = e.normalName();
    if (!TAGS.contains(tag)) {
      return Optional.empty();
    }
    return Optional.of(switch (tag) {
      case "nav", "menu" -> "navigation";
      case "aside" -> "aside (related links or promotion)";
      case "script", "style", "noscript", "template" -> "script or style";
      case "footer" -> "page footer";
      case "form", "button", "input", "select", "dialog" -> "form or button";
      default -> "embedded object";
    });
  }

  private static Optional<String> byRole(Element e) {
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("banner") || role.equals("complementary") || role.equals("contentinfo")) {
      return Optional.of("navigation or page furniture (role=" + role + ")");
    }
    return Optional.empty();
  }

  private static Optional<String> hidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true") || HIDDEN_CLASSES.matcher(e.className()).find()) {
      return Optional.of("hidden element");
    }
    return Optional.empty();
  }

  private static Optional<String> byClass(Element e) {
    String names = e.className() + " " + e.id() + " " + e.attr("data-component");
    if (CLASSES.matcher(names).find()) {
      return Optional.of("page furniture (class or id '" + names.strip() + "')");
    }
    return Optional.empty();
  }
}
