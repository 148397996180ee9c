package org.briefing.model;

import java.util.List;
import org.briefing.fingerprint.Fingerprint;

/**
 * A story's text as rendered: its HTML, the plain text of its prose paragraphs and of its other
 * blocks (headings, quotations, table cells, footnotes), which search reads. A body from
 * the build cache reads them from disk only when a page needs them; its fingerprint is known
 * without reading.
 */
public interface Body extends Fingerprint.Fingerprinted {
  String html();

  List<String> paragraphs();

  List<String> asides();

  /** A body held in memory. */
  record InMemory(String html, List<String> paragraphs, List<String> asides, long fingerprint) implements Body {
    public InMemory(String html, List<String> paragraphs, List<String> asides) {
      this(html, List.copyOf(paragraphs), List.copyOf(asides), new Fingerprint().add(html).add(paragraphs).add(asides).value());
    }

    /** A body of prose paragraphs only. */
    public InMemory(String html, List<String> paragraphs) {
      this(html, paragraphs, List.of());
    }
  }
}
