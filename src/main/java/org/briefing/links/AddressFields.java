package org.briefing.links;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Finds the addresses among settings a template may use as it likes (the extra settings of
 * {@code briefing.yaml}, extra front-matter fields): every text whose key names an address
 * ({@code url}, {@code href}, {@code link}, {@code logo}, {@code menu_url}, {@code feedUrl}, ...),
 * at any depth of groups and lists, so that it can be put through {@link LinkPolicy}.
 */
public final class AddressFields {
  private static final Set<String> NAMES = Set.of("url", "uri", "href", "src", "link", "logo", "image",
      "website", "homepage");
  /** Names of an address or of something else: an icon is a file or an icon set's name ({@code mdi:rss}). */
  private static final Set<String> EITHER = Set.of("icon");

  private AddressFields() {}

  /** What a key says of the texts under it. */
  private enum Kind {
    /** Nothing: they are not addresses. */
    NONE,
    /** They are addresses ({@code url}, {@code menu_url}), each judged as one. */
    ADDRESS,
    /**
     * They are probably addresses ({@code links}, {@code footer_links}), but a plural name holds
     * text of other kinds too ({@code icons: [mdi:rss]}, {@code related_links: "See below"}):
     * only an address no page may carry (one that runs a script or leads to another site) is judged.
     */
    ADDRESSES
  }

  /** Calls {@code address} with the path ({@code menu.2.url}) and text of each address in {@code values}. */
  public static void each(Map<String, Object> values, BiConsumer<String, String> address) {
    values.forEach((key, value) -> visit(key, kindOf(key), value, address));
  }

  private static Kind kindOf(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    for (String name : EITHER) {
      if (lower.equals(name) || lower.equals(name + "s") || lower.endsWith("_" + name) || lower.endsWith("_" + name + "s")) {
        return Kind.ADDRESSES;
      }
    }
    for (String name : NAMES) {
      for (String form : List.of(name, name + "s")) {
        if (lower.equals(form) || lower.endsWith("_" + form) || lower.endsWith("-" + form)
            || key.endsWith(Character.toUpperCase(form.charAt(0)) + form.substring(1)) || key.endsWith(form.toUpperCase(Locale.ROOT))) {
          return form.equals(name) ? Kind.ADDRESS : Kind.ADDRESSES;
        }
      }
    }
    return Kind.NONE;
  }

  private static void visit(String path, Kind kind, Object value, BiConsumer<String, String> address) {
    if (value instanceof Map<?, ?> map) {
      // the entries of a group under an address's name may be links ({social_links: {mastodon: …}},
      // {website: {main: …}}): judged for what a link would do, their names too, which a template can print
      map.forEach((key, inner) -> {
        Kind own = kindOf(String.valueOf(key));
        if (kind != Kind.NONE && key instanceof String name && LinkPolicy.isHostile(name.strip())) {
          address.accept(path + "." + key, name.strip());
        }
        visit(path + "." + key, own != Kind.NONE ? own : kind != Kind.NONE ? Kind.ADDRESSES : Kind.NONE, inner, address);
      });
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        visit(path + "." + i, kind, list.get(i), address);
      }
    } else if (value instanceof String text
        && (kind == Kind.ADDRESS || kind == Kind.ADDRESSES && LinkPolicy.isHostile(text.strip()))) {
      address.accept(path, text.strip());
    }
  }
}
