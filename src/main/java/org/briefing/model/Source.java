package org.briefing.model;

/**
 * A source a story cites: a document or an organisation, with an optional link and the date it
 * was consulted, and the organisation ({@code publisherSlug}, {@code publisherName}) it belongs to,
 * which is what the sources index groups by.
 */
public record Source(String slug, String name, String url, String type, String accessed, String publisherSlug,
    String publisherName) {
  public Source {
    url = url == null ? "" : url;
    type = type == null ? "" : type;
    accessed = accessed == null ? "" : accessed;
  }

  /** An organisation cited as a whole. */
  public static Source organisation(String name, String url, String type) {
    String slug = Slugs.of(name);
    return new Source(slug, name, url, type, "", slug, name);
  }
}
