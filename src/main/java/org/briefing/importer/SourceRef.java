package org.briefing.importer;

/**
 * A source of a story as the importer found it; {@code id} is set when the site's
 * {@code sources.yaml} knows it, and then only the id is written.
 */
public record SourceRef(String name, String url, String type, String id) {

  public SourceRef {
    url = url == null ? "" : url;
    type = type == null ? "" : type;
    id = id == null ? "" : id;
  }

  public static SourceRef named(String name, String type) {
    return new SourceRef(name, "", type, "");
  }

  /** Two references name the same source when their ids or names match, ignoring case. */
  public boolean sameAs(SourceRef other) {
    if (!id.isEmpty() && id.equals(other.id)) {
      return true;
    }
    return name.equalsIgnoreCase(other.name);
  }
}
