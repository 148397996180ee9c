package org.briefing.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.email.Mailbox;
import org.briefing.links.LinkPolicy;

/**
 * The patterns of {@code email:} settings: text with {@code {name}} places, filled in with values
 * (percent-encoded in addresses). The unsubscribe address of the copy published with the site has
 * its places left empty; {@code briefing send} fills them in for each subscriber.
 */
public final class EmailPatterns {
  private static final Pattern PLACE = Pattern.compile("\\{([A-Za-z0-9_]*)}");

  private EmailPatterns() {}

  /** The names of the places in {@code pattern}, in order. */
  public static List<String> names(String pattern) {
    List<String> names = new ArrayList<>();
    Matcher m = PLACE.matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** {@code pattern} with each place replaced by its value as it is; unknown places are left empty. */
  public static String fill(String pattern, Map<String, String> values) {
    return PLACE.matcher(pattern).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
  }

  /** An address pattern with each place replaced by its value, percent-encoded; unknown places are left empty. */
  public static String fillAddress(String pattern, Map<String, String> values) {
    return PLACE.matcher(pattern).replaceAll(m -> Matcher.quoteReplacement(
        URLEncoder.encode(values.getOrDefault(m.group(1), ""), StandardCharsets.UTF_8).replace("+", "%20")));
  }

  /** Why {@code pattern} cannot be an unsubscribe address, or null when it can. */
  static String unsubscribeProblem(String pattern) {
    if (names(pattern).contains("")) {
      return "has an empty {} place; name a column of the subscriber list, such as {email}";
    }
    String sample = fillAddress(pattern, Map.of());
    String filled = PLACE.matcher(pattern).replaceAll("x");
    if (filled.startsWith("mailto:")) {
      String address = filled.substring("mailto:".length()).replaceFirst("\\?.*$", "");
      String problem = Mailbox.addressProblem(address.replace("x", "a"));
      return problem == null ? null : "is a mailto: link to no valid address: " + problem;
    }
    if (!LinkPolicy.isWebAddress(filled) || !LinkPolicy.isWebAddress(sample)) {
      return "must be an https:// (or http://, mailto:) address, and '" + LinkPolicy.shown(pattern) + "' is not";
    }
    return null;
  }
}
