package org.briefing.email;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address with an optional display name, as in {@code The Briefing Desk <desk@example.org>}.
 * The domain may be internationalised ({@code bücher.de}), and is sent to the server in its ASCII
 * form ({@code xn--bcher-kva.de}); a local part outside ASCII ({@code jürgen@}) is an RFC 6531
 * address, which only a server offering SMTPUTF8 takes. Quoted local parts are not accepted.
 * Display names may be in any script.
 */
public record Mailbox(String name, String address) {
  // RFC 5322 dot-atom local part, with RFC 6531's letters outside ASCII; domain labels of letters, digits and hyphens
  private static final String ATEXT = "!#$%&'*+/=?^_`{|}~-";
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
    int at = address.lastIndexOf('@');
    if (at <= 0 || at == address.length() - 1) {
      return "'" + address + "' is not an email address: it needs a name, '@' and a domain, like name@example.org";
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.getBytes(StandardCharsets.UTF_8).length > 64 || !isLocalPart(local)) {
      return "'" + address + "' is not an email address: '" + local + "' cannot come before the '@'";
    }
    String ascii = asciiDomain(domain);
    if (ascii == null || ascii.length() > 253 || ascii.startsWith(".") || ascii.endsWith(".") || ascii.contains("..")) {
      return "'" + address + "' is not an email address: '" + domain + "' is not a domain";
    }
    for (String label : ascii.split("\\.")) {
      if (!LABEL.matcher(label).matches()) {
        return "'" + address + "' is not an email address: '" + domain + "' is not a domain";
      }
    }
    return null;
  }

  /** Dot-separated atoms of ASCII's atext or of letters, digits and marks of any script (RFC 6531). */
  private static boolean isLocalPart(String local) {
    if (local.isEmpty() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return false;
    }
    return local.codePoints().allMatch(c -> c < 0x80
        ? c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ATEXT.indexOf(c) >= 0
        : Character.isLetterOrDigit(c) || switch (Character.getType(c)) {
          case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
          default -> false;
        });
  }

  /** The domain in ASCII (its labels outside ASCII as IDNA "xn--" labels), or null when it cannot be one. */
  private static String asciiDomain(String domain) {
    if (domain.chars().allMatch(c -> c < 0x80)) {
      return domain;
    }
    try {
      return IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The address as the SMTP envelope has it: the domain in ASCII, the local part as it is. */
  public String envelope() {
    int at = address.lastIndexOf('@');
    return address.substring(0, at + 1) + asciiDomain(address.substring(at + 1));
  }

  /** Whether the address has a local part outside ASCII, which only a server offering SMTPUTF8 takes (RFC 6531). */
  public boolean needsSmtpUtf8() {
    return address.substring(0, address.lastIndexOf('@')).chars().anyMatch(c -> c >= 0x80);
  }

  /** The envelope's address in lower case, to tell whether two entries are one recipient. */
  public String key() {
    return envelope().toLowerCase(Locale.ROOT);
  }

  /** The domain after the '@', in ASCII. */
  public String domain() {
    String envelope = envelope();
    return envelope.substring(envelope.lastIndexOf('@') + 1);
  }

  /**
   * This mailbox as a header value: the name encoded when it needs to be; the address in ASCII, or
   * in UTF-8 as RFC 6532 has it when its local part is outside ASCII (the message then goes only
   * to a server offering SMTPUTF8).
   */
  public String header() {
    String shown = needsSmtpUtf8() ? address : envelope();
    if (name.isEmpty()) {
      return shown;
    }
    return Headers.phrase(name) + " <" + shown + ">";
  }

  private static String unquote(String name) {
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      return name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return name;
  }
}
