package org.briefing.rebuild;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.model.BuildSettings;

/**
 * The options an output folder was built with that make it other than the published site: drafts,
 * stories dated later, another base URL. Kept in the folder's cache ({@code .briefing-cache/NAME/options}),
 * where no upload takes it, for {@code briefing send}, which must not mail a preview to subscribers: it refuses an
 * output with no such record too, since the cache may be deleted at any time.
 *
 * @param baseUrl the --base-url the build was given, null for the one of briefing.yaml
 */
public record OutputOptions(boolean drafts, boolean future, URI baseUrl) {
  private static final String FILE = "options";

  /** The options of a build with these settings. */
  public static OutputOptions of(BuildSettings settings, URI baseUrl) {
    return new OutputOptions(settings.drafts(), settings.future(), baseUrl);
  }

  /** Whether the output is the site as it is published: built with none of these options. */
  public boolean published() {
    return !drafts && !future && baseUrl == null;
  }

  /** The options as they were given on the command line, e.g. {@code --drafts --base-url https://staging.example/}. */
  public String asOptions() {
    List<String> options = new ArrayList<>();
    if (drafts) {
      options.add("--drafts");
    }
    if (future) {
      options.add("--future");
    }
    if (baseUrl != null) {
      options.add("--base-url " + baseUrl);
    }
    return String.join(" ", options);
  }

  /** Records these options as those of the output folder {@code out}, with the folder they describe. */
  public void save(Path out) throws IOException {
    Path dir = CacheStore.dirFor(out);
    Files.createDirectories(dir);
    Path temp = dir.resolve(FILE + ".tmp");
    // made anew: a link put at its name is deleted, not written through
    org.briefing.write.SiteWriter.writeAnew(temp, ("output " + folder(out) + "\ndrafts " + drafts + "\nfuture " + future + "\nbase_url "
        + (baseUrl == null ? "" : baseUrl) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Where the record of the options of the output folder {@code out} is kept. */
  public static Path recordOf(Path out) {
    return CacheStore.dirFor(out).resolve(FILE);
  }

  /**
   * The options the output folder {@code out} was built with; null when there is no record of them that can be
   * trusted: none (a folder an earlier version of Briefing built, or whose cache was deleted), one that names another
   * output folder (a site folder moved, a cache copied), or one that cannot be read whole. A send must then assume
   * the worst.
   */
  public static OutputOptions recordedFor(Path out) {
    Path file = recordOf(out);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int space = line.indexOf(' ');
        if (space > 0) {
          values.put(line.substring(0, space), line.substring(space + 1).strip());
        }
      }
      if (!values.keySet().containsAll(List.of("output", "drafts", "future", "base_url")) || !values.get("output").equals(folder(out))
          || !values.get("drafts").matches("true|false") || !values.get("future").matches("true|false")) {
        return null;
      }
      String base = values.get("base_url");
      return new OutputOptions(values.get("drafts").equals("true"), values.get("future").equals("true"),
          base.isEmpty() ? null : URI.create(base));
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String folder(Path out) {
    return out.toAbsolutePath().normalize().toString();
  }
}
