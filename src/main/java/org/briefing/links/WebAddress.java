package org.briefing.links;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A full http(s) address as a browser reads it (the WHATWG URL standard): its host in the one form
 * that every spelling of it comes to ({@code LOCALHOST.}, {@code 127.1}, {@code 0x7f.1},
 * {@code 2130706433}, {@code [0::1]}), its port, and what follows them. A name is never looked up:
 * only the address as written is read.
 *
 * @param host the host in lower case, without a final dot: a name in its ASCII form, an IPv4
 *     address in dotted decimal, an IPv6 one in brackets as Java writes it
 * @param port the port, or -1 for the web's usual ones (80 and 443: http and https count as one site)
 * @param rest what follows the host and port (its path, query and fragment), with the path's
 *     backslashes read as slashes
 * @param thisComputer whether the host is this computer: {@code localhost} or a name under it,
 *     an IPv4 address of 127.0.0.0/8 or 0.0.0.0, the IPv6 loopback or unspecified address, or one
 *     of them written as an IPv4 address in IPv6
 */
public record WebAddress(String host, int port, String rest, boolean thisComputer) {
  /** Why an address on this computer is refused, for an error message after the address. */
  public static final String ON_THIS_COMPUTER = "leads to this computer (an address of the preview, or of a test server), which readers cannot reach";
  private static final Pattern WEB_SCHEME = Pattern.compile("^(?i)https?:");
  /** What Java reads as an IPv6 literal without a lookup: a hex digit or ':' first, and a ':' in it. */
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F.]*:[0-9a-fA-F:.]*");

  /** Whether {@code url} starts with the scheme {@code http:} or {@code https:}, in any case, once tabs and line ends are taken out. */
  public static boolean hasWebScheme(String url) {
    return WEB_SCHEME.matcher(browserText(url)).find();
  }

  /** {@code url} read as a browser reads it; null when it is no http(s) address, or one a browser would not open (no host, a bad port). */
  public static WebAddress of(String url) {
    String text = browserText(url);
    if (!WEB_SCHEME.matcher(text).find()) {
      return null;
    }
    int at = text.indexOf(':') + 1;
    // the slashes after the scheme, any number and either way, are skipped as browsers skip them
    while (at < text.length() && (text.charAt(at) == '/' || text.charAt(at) == '\\')) {
      at++;
    }
    int end = at;
    while (end < text.length() && "/\\?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String authority = text.substring(at, end);
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostAndPort.startsWith("[") ? hostAndPort.indexOf(':', Math.max(0, hostAndPort.indexOf(']'))) : hostAndPort.indexOf(':');
    String written = colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    int port = colon < 0 ? -1 : port(hostAndPort.substring(colon + 1));
    if (port < -1 || written.isEmpty()) {
      return null;
    }
    String rest = text.substring(end);
    int query = rest.length();
    for (int i = 0; i < rest.length(); i++) {
      if (rest.charAt(i) == '?' || rest.charAt(i) == '#') {
        query = i;
        break;
      }
    }
    rest = rest.substring(0, query).replace('\\', '/') + rest.substring(query);
    return written.startsWith("[") ? ipv6(written, port, rest) : named(written, port, rest);
  }

  /** Whether this address and {@code other} are on one site: the same host and port, a host with {@code www.} in front being the same as one without. */
  public boolean sameSite(WebAddress other) {
    return other != null && port == other.port && withoutWww(host).equals(withoutWww(other.host));
  }

  private static String withoutWww(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /** {@code url} without the tabs and line ends a browser drops anywhere, and without the controls and spaces it drops at either end. */
  private static String browserText(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && out.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && out.charAt(end - 1) <= ' ') {
      end--;
    }
    return out.substring(start, end);
  }

  /** The port written, -1 for none or a usual one, -2 for one a browser refuses. */
  private static int port(String written) {
    if (written.isEmpty()) {
      return -1;
    }
    if (!written.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -2;
    }
    String digits = written.replaceFirst("^0+(?=.)", "");
    if (digits.length() > 5 || Integer.parseInt(digits) > 65535) {
      return -2;
    }
    int port = Integer.parseInt(digits);
    return port == 80 || port == 443 ? -1 : port;
  }

  /** An IPv6 address in brackets; Java reads a literal with a ':' without looking anything up. */
  private static WebAddress ipv6(String written, int port, String rest) {
    if (!written.endsWith("]") || !IPV6.matcher(written.substring(1, written.length() - 1)).matches()) {
      return null;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(written);
    } catch (UnknownHostException notAnAddress) {
      return null;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      // an IPv4 address written in IPv6 (::ffff:127.0.0.1), which Java gives as the IPv4 one
      return new WebAddress("[::ffff:" + address.getHostAddress() + "]", port, rest, isThisComputer(bytes));
    }
    boolean compatible = true;
    for (int i = 0; i < 12; i++) {
      compatible &= bytes[i] == 0;
    }
    boolean local = address.isLoopbackAddress() || address.isAnyLocalAddress()
        || compatible && isThisComputer(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
    return new WebAddress("[" + address.getHostAddress() + "]", port, rest, local);
  }

  /** A name, or an IPv4 address in any of the forms a browser reads (decimal, octal, hexadecimal, fewer than four parts). */
  private static WebAddress named(String written, int port, String rest) {
    String host = PercentEscapes.strictlyDecoded(written);
    if (host == null) {
      return null;
    }
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException notIdna2003) {
      // a name the older rules of Java refuse: compared as written
    }
    host = host.toLowerCase(Locale.ROOT);
    String[] parts = host.split("\\.", -1);
    int count = parts.length > 1 && parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
    if (ipv4Part(parts[count - 1]) >= 0 || parts[count - 1].matches("[0-9]+")) {
      // a host that ends in a number is an IPv4 address or no address at all
      byte[] address = ipv4(parts, count);
      if (address == null) {
        return null;
      }
      return new WebAddress((address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "." + (address[3] & 0xff),
          port, rest, isThisComputer(address));
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return new WebAddress(host, port, rest, host.equals("localhost") || host.endsWith(".localhost"));
  }

  /** The four bytes of the IPv4 address whose first {@code count} parts are {@code parts}; null when it is none. */
  private static byte[] ipv4(String[] parts, int count) {
    if (count > 4) {
      return null;
    }
    long[] numbers = new long[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = ipv4Part(parts[i]);
      if (numbers[i] < 0 || i < count - 1 && numbers[i] > 255) {
        return null;
      }
    }
    if (numbers[count - 1] >= 1L << (8 * (5 - count))) {
      return null;
    }
    long value = numbers[count - 1];
    for (int i = 0; i < count - 1; i++) {
      value += numbers[i] << (8 * (3 - i));
    }
    return ByteBuffer.allocate(4).putInt((int) value).array();
  }

  /** A part of an IPv4 address: decimal, octal after a 0, hexadecimal after 0x; -1 when it is none (or too large to be one). */
  private static long ipv4Part(String part) {
    int radix = 10;
    String digits = part;
    if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() >= 2 && part.startsWith("0")) {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return part.isEmpty() ? -1 : 0;
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), radix);
      if (digit < 0 || digits.charAt(i) > 'z') {
        return -1;
      }
      value = value * radix + digit;
      if (value > 0xffffffffL) {
        return Long.MAX_VALUE;
      }
    }
    return value;
  }

  private static boolean isThisComputer(byte[] ipv4) {
    return ipv4[0] == 127 || (ipv4[0] | ipv4[1] | ipv4[2] | ipv4[3]) == 0;
  }
}
