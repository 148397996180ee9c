package org.briefing.importer.text;

/** One input line with its 1-based number; {@code raw} keeps leading white space for tables. */
record Line(int number, String raw) {

  String text() {
    return raw.strip();
  }
}
