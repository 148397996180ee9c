package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A page's footnotes: a marker ({@code <sup><a href="#fn1">1</a></sup>}) linking to an item of the notes list
 * ({@code <li id="fn1">}), which becomes a Markdown footnote ({@code [^1]}, the item {@code [^1]: ...}), and the
 * item's link back to its marker ({@code <a href="#fnref1">↩</a>}), which is the page's and is left out.
 */
final class Footnotes {
  static final String BACK_LINK = "a footnote's link back to its marker";
  private static final Pattern LABEL = Pattern.compile("\\[?(?<label>[\\p{L}\\p{N}]{1,6})]?");
  private static final Pattern ARROWS = Pattern.compile("[↩↑⤴^\\uFE0E\\uFE0F\\s]+");

  private Footnotes() {}

  /** The Markdown reference of a footnote marker, {@code [^1]}; empty when the element is no marker. */
  static Optional<String> reference(Element sup) {
    Element a = sup.normalName().equals("a") ? sup : sup.children().size() == 1 ? sup.child(0) : null;
    if (a == null || !a.normalName().equals("a") || !sup.text().strip().equals(a.text().strip()) || note(a).isEmpty()) {
      return Optional.empty();
    }
    var m = LABEL.matcher(a.text().strip());
    return m.matches() ? Optional.of("[^" + m.group("label") + "]") : Optional.empty();
  }

  /** Whether a link is a footnote's way back to its marker: arrows alone, to an anchor on the page. */
  static boolean backLink(Element a) {
    return a.attr("href").startsWith("#") && ARROWS.matcher(a.text()).matches() && !a.text().isBlank()
        && a.parents().stream().anyMatch(p -> p.normalName().equals("li") && !p.id().isEmpty());
  }

  /** The footnote definitions of a notes list whose every item a marker links to; empty when it is no notes list. */
  static Optional<List<String>> definitions(Element list, Inline inline) {
    List<String> out = new ArrayList<>();
    for (Element li : list.children()) {
      if (!li.normalName().equals("li") || li.text().isBlank()) {
        continue;
      }
      Optional<String> ref = li.id().isEmpty() ? Optional.empty() : markers(li).stream()
          .map(a -> a.parent() != null && a.parent().normalName().equals("sup") ? reference(a.parent()) : reference(a))
          .flatMap(Optional::stream).findFirst();
      if (ref.isEmpty()) {
        return Optional.empty();
      }
      out.add(ref.get() + ": " + inline.markdown(li));
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  /** The note a marker's link points to: an item of a list, with the id the link names. */
  private static Optional<Element> note(Element a) {
    String href = a.attr("href");
    if (!href.startsWith("#") || href.length() < 2 || a.ownerDocument() == null) {
      return Optional.empty();
    }
    Element target = a.ownerDocument().getElementById(href.substring(1));
    return Optional.ofNullable(target).filter(t -> t.normalName().equals("li"));
  }

  private static List<Element> markers(Element li) {
    return li.ownerDocument() == null ? List.of()
        : li.ownerDocument().select("a[href]").stream().filter(a -> a.attr("href").equals("#" + li.id())).toList();
  }
}
