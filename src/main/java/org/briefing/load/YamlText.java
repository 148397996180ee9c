package org.briefing.load;

/**
 * Writes any string as a YAML scalar that reads back as exactly the same string: for files the
 * importer writes, and for the values a hint tells the editor to write.
 */
public final class YamlText {
  private YamlText() {}

  /**
   * {@code value} as it may be written after {@code key: }: as it is when YAML reads it so
   * ("Jane Doe/AP"), else in double quotes ("Pool: Jane Doe/AP", "#1", "yes", "10:30").
   */
  public static String scalar(String value) {
    try {
      Object read = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
          .loadFromString("v: " + value + "\n");
      if (read instanceof java.util.Map<?, ?> map && map.size() == 1 && value.equals(map.get("v"))) {
        return value;
      }
    } catch (RuntimeException notPlain) {
      // not YAML as it is: quoted below
    }
    return quote(value);
  }

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
