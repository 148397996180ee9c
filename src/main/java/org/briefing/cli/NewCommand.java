package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.model.Slugs;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefing new}: writes a new story file with every front-matter field ready to fill in. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Writes a new story file with every field ready to fill in.")
public final class NewCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin SiteOptions siteOptions;

  @Parameters(paramLabel = "HEADLINE", description = "The story's headline.")
  String headline;

  @Option(names = "--dir", paramLabel = "DIR", description = "Folder below content/ to write into (default: stories).")
  String dir = "stories";

  @Option(names = "--force", description = "Overwrite a story file that already exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (headline.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "the headline is empty");
    }
    Path site = siteOptions.siteDir();
    Path content = site.resolve("content");
    Path folder = content.resolve(dir).normalize();
    if (!folder.startsWith(content)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dir must be a folder inside content/, not '" + dir + "'");
    }
    ZoneId zone;
    try {
      Problems problems = new Problems();
      SiteConfig config = ConfigLoader.load(site, problems);
      problems.throwIfErrors();
      zone = config.timeZone();
    } catch (BuildFailure failure) {
      failure.problems().forEach(p -> spec.commandLine().getErr().println(p.format(site)));
      return 1;
    }
    ZonedDateTime now = SiteOptions.now().atZone(zone).truncatedTo(ChronoUnit.MINUTES);
    String slug = Slugs.of(headline);
    Path file = folder.resolve(now.toLocalDate() + "-" + slug + ".md");
    if (Files.exists(file) && !force) {
      spec.commandLine().getErr().println("error: " + BuildCommand.display(file) + " already exists");
      spec.commandLine().getErr().println("  hint: choose another headline, or add --force to overwrite it");
      return 1;
    }
    Files.createDirectories(folder);
    Files.writeString(file, template(headline, slug, now), StandardCharsets.UTF_8);
    spec.commandLine().getOut().println("Wrote " + BuildCommand.display(file));
    spec.commandLine().getOut().println("It is a draft: fill in its fields, then set 'draft: false' to publish it"
        + " (or preview it with: briefing serve --drafts).");
    return 0;
  }

  static String template(String headline, String slug, ZonedDateTime date) {
    return """
        ---
        title: %s
        date: %s
        # updated: %s
        slug: %s
        standfirst: ""
        # summary: ""            # leave out for an automatic summary, or end the lead with <!-- more -->
        topics: []
        places: []
        authors: []
        sources:
          - {name: "", url: ""}  # or an id from content/sources.yaml
        image:
          src: ""                # /images/photo.jpg from static/, or a path next to this file
          alt: ""
          caption: ""
          credit: ""
        draft: true
        # edition: %s
        why_it_matters: ""
        key_points: []
        whats_next: ""
        go_deeper: []            # - {title: "", url: ""}
        ---

        Write the story here.
        """.formatted(yamlString(headline), date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), slug, date.toLocalDate());
  }

  static String yamlString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
