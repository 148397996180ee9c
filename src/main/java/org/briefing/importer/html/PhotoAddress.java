package org.briefing.importer.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Where a saved page had a photo, and its alt text, also when a script loads the photo as it scrolls
 * into view: then the {@code <img>}'s {@code src} is a placeholder (often a {@code data:} URL of a
 * blank or blurred picture), the real address is in an attribute such as {@code data-src}, and a copy
 * of the image for browsers without scripts may be in a {@code <noscript>} beside it.
 */
record PhotoAddress(String src, String alt) {
  /** Where lazy loaders keep the real address (lazysizes, WordPress plugins, jQuery Lazy Load). */
  private static final List<String> LAZY = List.of("data-src", "data-lazy-src", "data-original");
  private static final List<String> LAZY_SETS = List.of("data-srcset", "data-lazy-srcset");

  /**
   * The address and alt text of a figure's photo: the address a lazy loader would give its
   * {@code <img>}, else that of the image for browsers without scripts, else its own {@code src} or
   * {@code srcset}; never a {@code data:} URL, which is the picture's bytes, not where it is.
   */
  static PhotoAddress of(Element img, Element figure) {
    Optional<Element> noscript = figure.select("noscript img").stream().filter(i -> i != img).findFirst();
    String src = lazy(img)
        .or(() -> noscript.flatMap(i -> lazy(i).or(() -> own(i))))
        .or(() -> own(img))
        .orElse("");
    String alt = img.attr("alt").strip();
    if (alt.isEmpty() && noscript.isPresent()) {
      alt = noscript.get().attr("alt").strip();
    }
    return new PhotoAddress(src, alt);
  }

  private static Optional<String> lazy(Element img) {
    return first(img, Stream.concat(LAZY.stream().map(a -> address(img, a)), LAZY_SETS.stream().map(a -> firstCandidate(img, a))));
  }

  private static Optional<String> own(Element img) {
    return first(img, Stream.of(address(img, "src"), firstCandidate(img, "srcset")));
  }

  private static Optional<String> first(Element img, Stream<String> addresses) {
    return addresses.map(String::strip).filter(a -> !a.isEmpty() && !a.toLowerCase(Locale.ROOT).startsWith("data:")).findFirst();
  }

  private static String address(Element img, String attribute) {
    String absolute = img.absUrl(attribute);
    return absolute.isEmpty() ? img.attr(attribute) : absolute;
  }

  /**
   * The first address of a {@code srcset} ("a.jpg 640w, b.jpg 1280w"): its first run of characters
   * that are not spaces, without the commas that may end it, as a browser reads it.
   */
  private static String firstCandidate(Element img, String attribute) {
    String set = img.attr(attribute).replaceFirst("^[\\s,]+", "");
    String url = set.split("\\s+", 2)[0].replaceFirst(",+$", "");
    if (url.isEmpty() || img.baseUri().isEmpty()) {
      return url;
    }
    try {
      return new URI(img.baseUri()).resolve(url).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return url;
    }
  }
}
