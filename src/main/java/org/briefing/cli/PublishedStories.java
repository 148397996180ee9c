package org.briefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.load.SiteFiles;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.briefing.config.ConfigLoader;
import org.briefing.importer.TakenAddresses;
import org.briefing.model.ArticleAssembler;
import org.briefing.model.PublishedAddresses;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problems;

/**
 * The story addresses a site has published ({@value PublishedAddresses#FILE}), as {@code import} asks after them: one
 * is taken while the file that had it is still there, and is not the file the import writes for that slug.
 */
final class PublishedStories implements TakenAddresses {
  private final Path site;
  private final Path target;
  private final ZoneId zone;
  private final PublishedAddresses record;

  private PublishedStories(Path site, Path target, ZoneId zone, PublishedAddresses record) {
    this.site = site;
    this.target = target;
    this.zone = zone;
    this.record = record;
  }

  /**
   * The addresses published by the site in {@code site} (absolute, normalised), for stories written into {@code target};
   * none when it has no record yet, or when its config or record cannot be read (the build says why).
   */
  static TakenAddresses of(Path site, Path target) {
    try {
      Problems problems = new Problems();
      PublishedAddresses record = PublishedAddresses.read(site, problems);
      if (record.lines().isEmpty()) {
        return NONE;
      }
      return new PublishedStories(site, target, ConfigLoader.load(site, problems).timeZone(), record);
    } catch (BuildFailure | java.io.UncheckedIOException e) {
      return NONE;
    }
  }

  @Override
  public Optional<Taken> owner(String date, String slug) {
    String address;
    try {
      address = ArticleAssembler.address(date, slug, zone);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    String own = site.relativize(target.resolve(slug + ".md")).toString().replace('\\', '/');
    return record.lines().stream()
        .filter(e -> e.address().equals(address) && !e.file().equals(own) && isStoryOfTheSite(e.file()))
        .findFirst()
        .map(e -> new Taken("/" + address, e.file()));
  }

  /** Whether {@code file}, as the record names it, is still a file inside the site: an entry edited to lead elsewhere takes no address. */
  private boolean isStoryOfTheSite(String file) {
    Path path = site.resolve(file).normalize();
    return path.startsWith(site) && SiteFiles.inside(site, path) && Files.isRegularFile(path);
  }
}
