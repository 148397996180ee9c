package org.briefing.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.load.SiteFiles;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * The addresses a site has published, kept in {@value #FILE} beside {@code briefing.yaml} by every
 * build into an output folder, so that a story whose address changes (an edited headline with no
 * written slug, a new date) is caught: the build warns until the old address is one of the story's
 * aliases, or until its line is deleted from the file. The file is an input like the others, to be
 * committed with the site, so that a build from a fresh clone knows the addresses too.
 *
 * @param text the file as it is ({@code ""} when there is none)
 * @param lines every recorded address with the site file (from the site folder, with {@code /})
 *     that had it, and the line it is on
 */
public record PublishedAddresses(Path file, String text, List<Entry> lines) {
  public static final String FILE = "published-addresses.txt";

  private static final String HEADER = """
      # The addresses this site has published, and the file that had each. Kept by `briefing build`;
      # commit it with the site. A story whose address changes is warned about until its old address
      # is one of its aliases (aliases: [/old/address/]), or until that address's line is deleted here.
      """;

  /** One published address, without its leading {@code /}, and the file that had it. */
  public record Entry(String address, String file, int line) {}

  /** The record of the site in {@code siteDir}: empty when it has none; a line that is no address and file is an error. */
  public static PublishedAddresses read(Path siteDir, Problems problems) {
    Path file = siteDir.resolve(FILE);
    List<Entry> lines = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return new PublishedAddresses(file, "", List.of());
    }
    SiteFiles.check(siteDir, file);
    String whole;
    try {
      whole = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String> text = whole.lines().toList();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      if (!line.startsWith("/") || space < 0 || line.substring(space).isBlank()) {
        problems.error(SourcePosition.of(file, i + 1), "this line is not a published address and the file that had it",
            "each line is '/address/ content/file.md', as the build writes them; correct or delete the line");
        continue;
      }
      lines.add(new Entry(line.substring(1, space), line.substring(space + 1).strip(), i + 1));
    }
    return new PublishedAddresses(file, whole, List.copyOf(lines));
  }

  /**
   * Warns, at its line here, of each recorded address that no page has now while the file that had
   * it is still published elsewhere, and that no alias or rule of {@code static/_redirects} keeps
   * alive.
   *
   * @param current the address of every story and site page of this build, by its file
   * @param kept the addresses that still lead somewhere without a page: aliases and redirect rules
   */
  public void warnOfMoves(Map<String, String> current, Set<String> kept, Problems problems) {
    Set<String> taken = new HashSet<>(current.values());
    for (Entry e : lines) {
      String now = current.get(e.file());
      if (now == null || now.equals(e.address()) || taken.contains(e.address()) || kept.contains(e.address())) {
        continue;
      }
      problems.warning(SourcePosition.of(file, e.line()),
          "/" + e.address() + " was published for " + e.file() + ", which is now at /" + now
              + ", and nothing leads from the old address to the new one",
          "add 'aliases: [/" + e.address() + "]' to the front matter of " + e.file()
              + " so that links to the old address keep working, or delete this line if it should lead nowhere");
    }
  }

  /**
   * The text of the record with the addresses of {@code current} that it lacks added at its end,
   * sorted, or null when it has them all. Lines are only ever added, so that a warning's line stays
   * where it was and the file's history reads as what was published when.
   */
  public String with(Map<String, String> current) {
    Set<String> recorded = new HashSet<>();
    lines.forEach(e -> recorded.add(e.address() + " " + e.file()));
    TreeSet<String> added = new TreeSet<>();
    current.forEach((f, address) -> {
      String line = "/" + address + " " + f;
      if (!recorded.contains(line.substring(1))) {
        added.add(line);
      }
    });
    if (added.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.isEmpty() ? HEADER : text);
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    added.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  /** The bytes of the record as it is on disk, empty when there is none; for the fingerprint of a build's inputs. */
  public static byte[] bytesOf(Path siteDir) {
    Path file = siteDir.resolve(FILE);
    try {
      return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
