package org.briefing.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefing.load.TextFiles;
import org.briefing.load.YamlReader;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.InputLimits;

/**
 * The sources a site already knows from {@code content/sources.yaml}, so that an imported story
 * can refer to them by id instead of repeating their name.
 */
public final class SourceCatalog {
  private final Map<String, String> namesById;

  private SourceCatalog(Map<String, String> namesById) {
    this.namesById = Map.copyOf(namesById);
  }

  public static SourceCatalog empty() {
    return new SourceCatalog(Map.of());
  }

  /** Reads the catalog; a missing file gives an empty one, an unreadable one a message in {@code problem}. */
  public static SourceCatalog read(Path file, StringBuilder problem) {
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    try {
      // read as the build reads it, with the same limits on size, nesting and aliases
      Object root = YamlReader.read(TextFiles.read(file, InputLimits.SOURCES_FILE_BYTES), file, 1).values();
      Map<String, String> names = new LinkedHashMap<>();
      if (root instanceof Map<?, ?> map) {
        map.forEach((id, value) -> {
          String name = value instanceof Map<?, ?> entry && entry.get("name") != null ? entry.get("name").toString() : "";
          names.put(String.valueOf(id), name);
        });
      }
      return new SourceCatalog(names);
    } catch (BuildFailure e) {
      problem.append(file).append(": could not read the site's sources (").append(e.getMessage().lines().findFirst().orElse(""))
          .append("); sources are written by name");
      return empty();
    }
  }

  /** The source with its catalog id when the catalog has it under that id or name. */
  public SourceRef resolve(SourceRef source) {
    return id(source.name()).map(id -> new SourceRef(source.name(), source.url(), source.type(), id)).orElse(source);
  }

  /** The catalog id for a name or id, ignoring case. */
  public Optional<String> id(String nameOrId) {
    String key = nameOrId.strip().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : namesById.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(key) || e.getValue().toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }
}
