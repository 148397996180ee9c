package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.load.YamlText;
import org.briefing.model.Slugs;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problems;
import org.briefing.write.OwnFile;
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

  // optional for picocli, required by call(): a required one makes picocli answer "missing HEADLINE"
  // to 'new -x' instead of naming the unknown option
  @Parameters(paramLabel = "HEADLINE", arity = "0..1", description = "The story's headline (one starting with '-' goes after --).")
  String headline;

  // a Path, so that an empty one is refused as every command's folders are, not taken for content/ itself
  @Option(names = "--dir", paramLabel = "DIR", description = "Folder below content/ to write into (default: stories).")
  Path dir = Path.of("stories");

  @Option(names = "--force", description = "Overwrite a story file that already exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (headline == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Missing the story's headline, e.g. " + ToolName.command()
          + " new \"Ministers meet in Brussels\"");
    }
    if (headline.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "the headline is empty");
    }
    String control = controlCharacter(headline);
    if (control != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "the headline has a control character (" + control
          + "); write it on one line, with letters, digits, spaces and punctuation only");
    }
    Path site = siteOptions.siteDir();
    if (!Files.isRegularFile(site.resolve(ConfigLoader.FILE_NAME))) {
      spec.commandLine().getErr().println("error: " + site + " is not a site folder: it has no " + ConfigLoader.FILE_NAME);
      spec.commandLine().getErr().println("  hint: run this inside a site folder, or give one with --site DIR; to make a new site: "
          + ToolName.command() + " init DIR");
      return 1;
    }
    Path folder = site.resolve("content").resolve(dir).normalize();
    StoryFolder.Refusal refusal = StoryFolder.refusal(site, folder, "--dir");
    if (refusal != null) {
      return refuse(refusal, 2);
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
    refusal = StoryFolder.fileRefusal(site, file);
    if (refusal != null) {
      return refuse(refusal, 1);
    }
    boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    if (exists && !force) {
      spec.commandLine().getErr().println("error: " + BuildCommand.display(file) + " already exists");
      spec.commandLine().getErr().println("  hint: choose another headline, or add --force to overwrite it");
      return 1;
    }
    Files.createDirectories(folder);
    byte[] story = template(headline, slug, now).getBytes(StandardCharsets.UTF_8);
    try {
      if (exists) {
        OwnFile.replace(file, story);
      } else {
        OwnFile.create(file, story);
      }
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // made between the check and the write (a link too): never written through
      spec.commandLine().getErr().println("error: " + BuildCommand.display(file) + " appeared while the story was being written; nothing was written");
      return 1;
    }
    spec.commandLine().getOut().println("Wrote " + BuildCommand.display(file));
    String siteOption = site.equals(Path.of("").toAbsolutePath()) ? "" : " --site " + ToolName.shellWord(BuildCommand.display(site));
    spec.commandLine().getOut().println("It is a draft: fill in its fields, then delete the line 'draft: true' to publish it.");
    spec.commandLine().getOut().println("Preview it with: " + ToolName.command() + " serve --drafts" + siteOption);
    return 0;
  }

  private int refuse(StoryFolder.Refusal refusal, int code) {
    spec.commandLine().getErr().println("error: " + refusal.message());
    spec.commandLine().getErr().println("  hint: " + refusal.hint());
    return code;
  }

  static String template(String headline, String slug, ZonedDateTime date) {
    String when = date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return """
        ---
        title: %s
        date: %s
        draft: true              # delete this line when the story is ready to publish
        topics: []               # e.g. [Diplomacy, Security]
        sources: []              # who the story relies on: ids from content/sources.yaml, or entries such as
        #  - {name: Reuters, url: "https://www.reuters.com/"}
        #
        # Optional fields: delete the '# ' at the start of a line to use it.
        # standfirst: "One or two sentences under the headline."
        # summary: "Leave out for an automatic summary, or end the lead with <!-- more -->."
        # updated: %s
        # slug: %s
        # places: [Brussels]
        # authors: [Jane Doe]
        # edition: %s            # the briefing this story belongs to, when not its own day's
        # image:                 # a photo needs a credit; without a photo, leave the whole block out
        #   src: /images/photo.jpg   # from static/, or a file next to this story
        #   alt: "What the photo shows"
        #   caption: "What happened, where and when"
        #   credit: "Photographer/Agency"
        # why_it_matters: "Why a reader should care."
        # key_points:
        #   - "A point worth knowing"
        # whats_next: "What happens next, and when."
        # go_deeper:
        #   - {title: "A document or longer read", url: "https://example.org/"}
        ---

        %s
        """.formatted(yamlString(headline), when, when, slug, date.toLocalDate(), org.briefing.model.NewStoryText.PLACEHOLDER);
  }

  static String yamlString(String text) {
    return YamlText.quote(text);
  }

  /**
   * The first control character of a one-line text such as a headline or a title (a line break,
   * a tab, an escape…), named as U+XXXX with its position; null when it has none. Such a
   * character is a slip of the shell or of a paste, never meant to be published.
   */
  static String controlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        return String.format(java.util.Locale.ROOT, "U+%04X at character %d", (int) text.charAt(i), i + 1);
      }
    }
    return null;
  }
}
