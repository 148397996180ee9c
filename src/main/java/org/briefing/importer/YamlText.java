package org.briefing.importer;

/** Writes any string as a YAML double-quoted scalar that reads back as exactly the same string. */
public final class YamlText {
  private YamlText() {}

  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value.codePoints().forEach(cp -> append(out, cp));
    return out.append('"').toString();
  }

  private static void append(StringBuilder out, int cp) {
    switch (cp) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\t' -> out.append("\\t");
      case '\r' -> out.append("\\r");
      default -> {
        if (printable(cp)) {
          out.appendCodePoint(cp);
        } else if (cp <= 0xFF) {
          out.append(String.format(java.util.Locale.ROOT, "\\x%02X", cp));
        } else if (cp <= 0xFFFF) {
          out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
        } else {
          out.append(String.format(java.util.Locale.ROOT, "\\U%08X", cp));
        }
      }
    }
  }

  // YAML 1.2 c-printable, minus the line and paragraph separators and the byte-order mark that
  // some readers treat as line breaks or strip.
  private static boolean printable(int cp) {
    if (cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
      return false;
    }
    return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
