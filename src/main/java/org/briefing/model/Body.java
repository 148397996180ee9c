package org.briefing.model;

import java.util.List;
import org.briefing.fingerprint.Fingerprint;

/**
 * A story's text as rendered: its HTML and the plain text of its prose paragraphs. A body from
 * the build cache reads them from disk only when a page needs them; its fingerprint is known
 * without reading.
 */
public interface Body extends Fingerprint.Fingerprinted {
  String html();

  List<String> paragraphs();

  /** A body held in memory. */
  record InMemory(String html, List<String> paragraphs, long fingerprint) implements Body {
    public InMemory(String html, List<String> paragraphs) {
      this(html, List.copyOf(paragraphs), new Fingerprint().add(html).add(paragraphs).value());
    }
  }
}
