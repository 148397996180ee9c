package org.briefing.email;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address with an optional display name, as in {@code The Briefing Desk <desk@example.org>}.
 * Only plain ASCII addresses are accepted (no quoted local parts, no internationalised domains):
 * those need SMTPUTF8, which Briefing does not speak. Display names may be in any script.
 */
public record Mailbox(String name, String address) {
  // RFC 5322 dot-atom local part; domain labels of letters, digits and hyphens
  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  /**
   * Reads {@code Name <address>} or a bare address.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static Mailbox parse(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("the address is empty");
    }
    String name = "";
    String address = s;
    int open = s.lastIndexOf('<');
    if (open >= 0 || s.endsWith(">")) {
      if (open < 0 || !s.endsWith(">")) {
        throw new IllegalArgumentException("'" + s + "' has an unclosed '<'; write Name <name@example.org>");
      }
      name = unquote(s.substring(0, open).strip());
      address = s.substring(open + 1, s.length() - 1).strip();
    }
    String problem = addressProblem(address);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("the name of '" + address + "' contains a control character");
    }
    return new Mailbox(name, address);
  }

  /** Why {@code address} is no address Briefing can send to, or null when it is one. */
  public static String addressProblem(String address) {
    if (address.isEmpty()) {
      return "the address is empty";
    }
    if (address.chars().anyMatch(c -> c > 0x7e)) {
      return "'" + address + "' has letters outside ASCII, which Briefing cannot send to (SMTPUTF8)";
    }
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      return "'" + address + "' is not an email address: it needs a name, '@' and a domain, like name@example.org";
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
      return "'" + address + "' is not an email address: '" + local + "' cannot come before the '@'";
    }
    if (domain.length() > 253 || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
      return "'" + address + "' is not an email address: '" + domain + "' is not a domain";
    }
    for (String label : domain.split("\\.")) {
      if (!LABEL.matcher(label).matches()) {
        return "'" + address + "' is not an email address: '" + domain + "' is not a domain";
      }
    }
    return null;
  }

  /** The address in lower case, to tell whether two entries are one recipient. */
  public String key() {
    return address.toLowerCase(Locale.ROOT);
  }

  /** The domain after the '@'. */
  public String domain() {
    return address.substring(address.lastIndexOf('@') + 1);
  }

  /** This mailbox as a header value: the name encoded when it needs to be. */
  public String header() {
    if (name.isEmpty()) {
      return address;
    }
    return Headers.phrase(name) + " <" + address + ">";
  }

  private static String unquote(String name) {
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      return name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return name;
  }
}
