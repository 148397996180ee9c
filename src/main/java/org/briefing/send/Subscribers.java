package org.briefing.send;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefing.email.Mailbox;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * A subscriber list: a CSV file with a header row naming its columns ({@code email} is required,
 * {@code name} is the display name, any other column can be a place in the unsubscribe address),
 * or without one, the address then the name. Blank lines and lines starting with '#' are skipped.
 */
final class Subscribers {
  private Subscribers() {}

  /** One recipient: the mailbox, every column by name (with {@code email}), and the line it is on. */
  record Subscriber(Mailbox mailbox, Map<String, String> fields, int line) {}

  /**
   * Reads the list; a wrong address is an error at its line, an address listed twice a warning (it
   * gets one message). Each of {@code places}, the places of the unsubscribe address, must be a
   * column, with a value on every line: an unsubscribe link missing a part would not work.
   */
  static List<Subscriber> read(Path file, String text, List<String> places, Problems problems) {
    List<Subscriber> subscribers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> columns = null;
    String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\\r?\\n", -1) : text.split("\\r?\\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> cells = cells(line);
      if (columns == null) {
        List<String> names = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        boolean header = names.contains("email");
        columns = header ? names : List.of("email", "name");
        reportMissingPlaces(file, n + 1, columns, places, header, problems);
        if (header) {
          continue;
        }
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(columns.size(), cells.size()); i++) {
        fields.putIfAbsent(columns.get(i), cells.get(i).strip());
      }
      String address = fields.getOrDefault("email", "");
      String problem = Mailbox.addressProblem(address);
      SourcePosition at = SourcePosition.of(file, n + 1);
      if (problem != null) {
        problems.error(at, problem, "correct the address or delete the line; nothing is sent until the whole list is right");
        continue;
      }
      String name = fields.getOrDefault("name", "");
      if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        problems.error(at, "the name of " + address + " contains a control character", "write the name on one line");
        continue;
      }
      List<String> empty = places.stream().filter(p -> !p.equals("email") && fields.getOrDefault(p, "").isEmpty()).distinct().toList();
      if (!empty.isEmpty() && columns.containsAll(places.stream().filter(p -> !p.equals("email")).toList())) {
        problems.error(at, address + " has no " + String.join(", ", empty) + ", which the unsubscribe address needs ({"
            + String.join("}, {", empty) + "})", "fill in the line's " + String.join(", ", empty) + " column, or delete the line");
        continue;
      }
      Mailbox mailbox = new Mailbox(name, address);
      if (!seen.add(mailbox.key())) {
        problems.warning(at, address + " is listed more than once", "it is sent one message; delete the other lines");
        continue;
      }
      subscribers.add(new Subscriber(mailbox, Map.copyOf(fields), n + 1));
    }
    return List.copyOf(subscribers);
  }

  /**
   * Reports each place of the unsubscribe address that is not a column, at the header row (or the
   * first line of a list without one).
   */
  private static void reportMissingPlaces(Path file, int line, List<String> columns, List<String> places, boolean header,
      Problems problems) {
    List<String> missing = places.stream().filter(p -> !p.equals("email") && !columns.contains(p)).distinct().toList();
    if (missing.isEmpty()) {
      return;
    }
    String braces = "{" + String.join("}, {", missing) + "}";
    problems.error(SourcePosition.of(file, line), "the unsubscribe address of briefing.yaml has " + braces + ", but the list has no "
        + String.join(", ", missing) + " column" + (missing.size() == 1 ? "" : "s") + (header ? "" : " (it has no header row)"),
        "add " + (missing.size() == 1 ? "that column" : "those columns") + " to the list" + (header ? "" : " under a header row,"
            + " such as 'email,name," + String.join(",", missing) + "'") + ", or take " + braces + " out of email.unsubscribe");
  }

  /**
   * The list's text, which must be UTF-8; null, with an error at the first line that is not, when
   * it is not (a list saved as Latin-1 or Windows-1252 by a spreadsheet, say).
   */
  static String text(Path file, byte[] bytes, Problems problems) {
    org.briefing.load.TextEncoding.Wide wide = org.briefing.load.TextEncoding.wide(bytes);
    if (wide != null) {
      // a spreadsheet's "Unicode text": without a byte-order mark its NULs pass as UTF-8, and every address would be wrong
      problems.error(SourcePosition.of(file, 1), "the subscriber list is saved as " + wide.described() + ", not UTF-8",
          "save the list as UTF-8 (CSV UTF-8 in a spreadsheet), or convert it with iconv -f " + wide.name() + " -t UTF-8 "
              + file.getFileName() + " > utf8-" + file.getFileName());
      return null;
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          problems.error(SourcePosition.of(file, line), "the subscriber list is not UTF-8: this line has a byte that UTF-8 does not"
              + " allow", "save the list as UTF-8 (CSV UTF-8 in a spreadsheet), or convert a list saved as Latin-1 with"
              + " iconv -f WINDOWS-1252 -t UTF-8 " + file.getFileName() + " > utf8-" + file.getFileName());
          return null;
        }
        line++;
        start = i + 1;
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The cells of a CSV line (RFC 4180: quoted cells may hold commas and doubled quotes). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
