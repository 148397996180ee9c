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

  /**
   * The Markdown reference of a footnote marker, {@code [^1]}; empty when the element is no marker, or its note stands
   * in a list that cannot be all footnotes (an item no marker links to): then marker and list stay plain text.
   */
  static Optional<String> reference(Element sup) {
    Element a = markerLink(sup);
    if (a == null || note(a).filter(li -> notesList(li.parent())).isEmpty()) {
      return Optional.empty();
    }
    return label(a);
  }

  /**
   * Whether a link is a footnote's way back to its marker: arrows alone, to an anchor on the page, in an item of a
   * notes list whose items all become footnotes (elsewhere it stays, as the rest of the list does).
   */
  static boolean backLink(Element a) {
    return a.attr("href").startsWith("#") && ARROWS.matcher(a.text()).matches() && !a.text().isBlank()
        && a.parents().stream().anyMatch(p -> p.normalName().equals("li") && !p.id().isEmpty() && notesList(p.parent()));
  }

  /** The footnote definitions of a notes list whose every item a marker links to; empty when it is no notes list. */
  static Optional<List<String>> definitions(Element list, Inline inline) {
    if (!notesList(list)) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (Element li : items(list)) {
      Optional<String> ref = markers(li).stream().flatMap(a -> label(a).stream()).findFirst();
      out.add(ref.orElseThrow() + ": " + inline.markdown(li));
    }
    return Optional.of(out);
  }

  /** Whether a list is a notes list: it has items, and each has an id that a marker on the page links to. */
  private static boolean notesList(Element list) {
    if (list == null || !list.normalName().matches("ol|ul")) {
      return false;
    }
    List<Element> items = items(list);
    return !items.isEmpty() && items.stream().allMatch(li -> !li.id().isEmpty()
        && markers(li).stream().anyMatch(a -> label(a).isPresent()));
  }

  private static List<Element> items(Element list) {
    return list.children().stream().filter(li -> li.normalName().equals("li") && !li.text().isBlank()).toList();
  }

  /** The link of a marker: the {@code <a>} itself or a {@code <sup>}'s only child with all its text; else null. */
  private static Element markerLink(Element sup) {
    Element a = sup.normalName().equals("a") ? sup : sup.children().size() == 1 ? sup.child(0) : null;
    return a == null || !a.normalName().equals("a") || !sup.text().strip().equals(a.text().strip()) || note(a).isEmpty()
        ? null : a;
  }

  private static Optional<String> label(Element a) {
    var m = LABEL.matcher(a.text().strip());
    return m.matches() ? Optional.of("[^" + m.group("label") + "]") : Optional.empty();
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

  /** The markers linking to a note: links to its id, each the whole of itself or of its {@code <sup>}. */
  private static List<Element> markers(Element li) {
    return li.ownerDocument() == null ? List.of() : li.ownerDocument().select("a[href]").stream()
        .filter(a -> a.attr("href").equals("#" + li.id()))
        .filter(a -> markerLink(a.parent() != null && a.parent().normalName().equals("sup") ? a.parent() : a) != null).toList();
  }
}
