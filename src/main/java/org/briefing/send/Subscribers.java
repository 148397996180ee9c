package org.briefing.send;

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

  /** Reads the list; a wrong address is an error at its line, an address listed twice a warning (it gets one message). */
  static List<Subscriber> read(Path file, String text, Problems problems) {
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
        if (names.contains("email")) {
          columns = names;
          continue;
        }
        columns = List.of("email", "name");
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
      Mailbox mailbox = new Mailbox(name, address);
      if (!seen.add(mailbox.key())) {
        problems.warning(at, address + " is listed more than once", "it is sent one message; delete the other lines");
        continue;
      }
      subscribers.add(new Subscriber(mailbox, Map.copyOf(fields), n + 1));
    }
    return List.copyOf(subscribers);
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
