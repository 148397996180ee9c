package org.briefing.rebuild;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.briefing.model.BuildSettings;

/**
 * The options an output folder was built with that make it other than the published site: drafts,
 * stories dated later, another base URL. Kept in the folder's cache ({@code .briefing-cache/NAME/options}),
 * where no upload takes it, for {@code briefing send}, which must not mail a preview to subscribers.
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

  /** Records these options as those of the output folder {@code out}. */
  public void save(Path out) throws IOException {
    Path dir = CacheStore.dirFor(out);
    Files.createDirectories(dir);
    Path temp = dir.resolve(FILE + ".tmp");
    Files.writeString(temp, "drafts " + drafts + "\nfuture " + future + "\nbase_url " + (baseUrl == null ? "" : baseUrl) + "\n",
        StandardCharsets.UTF_8);
    Files.move(temp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The options the output folder {@code out} was built with; null when no build recorded them
   * (a folder an earlier version of Briefing built, or whose cache was deleted).
   */
  public static OutputOptions recordedFor(Path out) {
    Path file = CacheStore.dirFor(out).resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    boolean drafts = false;
    boolean future = false;
    URI base = null;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String value = line.substring(line.indexOf(' ') + 1).strip();
        if (line.startsWith("drafts ")) {
          drafts = value.equals("true");
        } else if (line.startsWith("future ")) {
          future = value.equals("true");
        } else if (line.startsWith("base_url ") && !value.isEmpty()) {
          base = URI.create(value);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // unreadable: the send cannot tell, so it assumes the worst
      return new OutputOptions(true, true, null);
    }
    return new OutputOptions(drafts, future, base);
  }
}
