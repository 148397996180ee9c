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
  private static final Set<String> NAMES = Set.of("url", "uri", "href", "src", "link", "logo", "image", "icon",
      "website", "homepage");

  private AddressFields() {}

  /** Calls {@code address} with the path ({@code menu.2.url}) and text of each address in {@code values}. */
  public static void each(Map<String, Object> values, BiConsumer<String, String> address) {
    values.forEach((key, value) -> visit(key, isAddressKey(key), value, address));
  }

  static boolean isAddressKey(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    for (String name : NAMES) {
      // and the plural, for a list of them (links, footer_links, imageUrls)
      for (String form : List.of(name, name + "s")) {
        if (lower.equals(form) || lower.endsWith("_" + form) || lower.endsWith("-" + form)
            || key.endsWith(Character.toUpperCase(form.charAt(0)) + form.substring(1)) || key.endsWith(form.toUpperCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static void visit(String path, boolean named, Object value, BiConsumer<String, String> address) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, inner) -> visit(path + "." + key, isAddressKey(String.valueOf(key)), inner, address));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        visit(path + "." + i, named, list.get(i), address);
      }
    } else if (named && value instanceof String text) {
      address.accept(path, text.strip());
    }
  }
}
