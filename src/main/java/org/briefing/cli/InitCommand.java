package org.briefing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.briefing.config.ConfigLoader;
import org.briefing.rebuild.CacheStore;
import org.briefing.rebuild.OutputChoice;
import org.briefing.render.Templates;
import org.briefing.write.OutputFolder;
import org.briefing.write.OwnFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefing init}: makes a new site folder with a config, a sources list and a sample story. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Makes a new site with a sample story; the default theme is built in.")
public final class InitCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder for the new site; it must not exist or be empty.")
  Path dir;

  @Option(names = "--title", paramLabel = "TITLE", description = "The site's title (default: ${DEFAULT-VALUE}).")
  String title = "My Briefing";

  @Option(names = "--copy-theme", description = "Also copy the default theme into templates/ to customise it.")
  boolean copyTheme;

  @Override
  public Integer call() throws IOException {
    if (title.isBlank()) {
      // as new refuses an empty headline: a site made so builds pages with an empty <title> and name
      throw new CommandLine.ParameterException(spec.commandLine(), "--title is empty; give the site's title, such as \"The Morning Briefing\"");
    }
    String control = NewCommand.controlCharacter(title);
    if (control != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--title has a control character (" + control
          + "); write the title on one line, with letters, digits, spaces and punctuation only");
    }
    Path site = dir.toAbsolutePath().normalize();
    if (Files.exists(site) && (!Files.isDirectory(site) || !isEmpty(site))) {
      spec.commandLine().getErr().println("error: " + site + " already exists and is not an empty folder");
      spec.commandLine().getErr().println("  hint: choose a new folder name, e.g. briefing init my-briefing");
      return 1;
    }
    String nested = nestedIn(site);
    if (nested != null) {
      spec.commandLine().getErr().println("error: " + site + " is " + nested);
      spec.commandLine().getErr().println("  hint: make the new site in a folder of its own, outside any site's content/, templates/ and static/"
          + " and outside any output folder, e.g. " + ToolName.command() + " init ~/my-briefing");
      return 1;
    }
    try {
      writeSite(site);
    } catch (IOException e) {
      String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
          : e instanceof java.nio.file.NoSuchFileException ? "a folder on the way does not exist or cannot hold folders" : e.getMessage();
      spec.commandLine().getErr().println("error: cannot make the site in " + site + ": " + reason);
      spec.commandLine().getErr().println("  hint: choose a folder you may write into, with a name of at most 255 bytes, e.g. "
          + ToolName.command() + " init my-briefing");
      return 1;
    }
    String tool = ToolName.command();
    spec.commandLine().getOut().printf("Made a new site in %s%nNext: cd %s && %s build%n", BuildCommand.display(site), ToolName.shellWord(dir.toString()), tool);
    if (tool.startsWith("java ")) {
      spec.commandLine().getOut().println("(bin/briefing in the Briefing folder runs the tool faster; README.md says how to put it on your PATH)");
    }
    return 0;
  }

  /**
   * Where {@code site} lies that no new site may be: in the content/, templates/ or static/ of
   * another site, whose build would publish its sample story or its files (briefing.yaml
   * included); or in a build's output folder or cache, which the next build replaces. Null when
   * nowhere such; the folders are looked at as given and with links followed.
   */
  private static String nestedIn(Path site) {
    for (Path path : List.of(site, OutputChoice.real(site))) {
      for (Path folder = path.getParent(); folder != null; folder = folder.getParent()) {
        if (Files.isRegularFile(folder.resolve(OutputFolder.MARKER))) {
          return "inside " + folder + ", the output folder of a build, which the next build replaces whole";
        }
        if (folder.getFileName() != null && folder.getFileName().toString().equals(CacheStore.DIR)) {
          return "inside " + folder + ", a build cache";
        }
        if (Files.isRegularFile(folder.resolve(ConfigLoader.FILE_NAME))) {
          String first = folder.relativize(path).getName(0).toString();
          if (SITE_FOLDERS.contains(first)) {
            return "inside the " + first + "/ folder of the site " + folder + ", whose build would publish the new site's files";
          }
        }
      }
    }
    return null;
  }

  private static final List<String> SITE_FOLDERS = List.of("content", "templates", "static");

  /** Writes the new site's files into {@code site}. */
  private void writeSite(Path site) throws IOException {
    write(site.resolve("briefing.yaml"), """
        title: %s
        description: "The day's news in brief, with every source named."
        base_url: https://example.org/
        language: en
        time_zone: UTC
        editions: daily        # or weekly
        attribution: strict    # or warn
        summary:
          sentences: 2
          max_words: 60
        """.formatted(NewCommand.yamlString(title)));
    write(site.resolve("content/sources.yaml"), """
        # Sources that stories cite by id, e.g. 'sources: [desk]'.
        desk:
          name: Briefing Desk
          url: https://example.org/
          type: newsroom
        """);
    write(site.resolve("content/stories/welcome.md"), """
        ---
        title: Your briefing is ready
        date: 2021-10-18T09:00:00Z
        standfirst: This sample story shows the fields a story can have. Edit it or delete it.
        topics: [Getting started]
        authors: [Briefing Desk]
        sources:
          - desk
          - {name: Briefing documentation, url: "https://example.com/briefing/docs/"}
        why_it_matters: Every story in a briefing names its sources, so readers can check them.
        key_points:
          - Stories are Markdown files with a front-matter block.
          - Stories of the same day form a briefing edition.
          - "`briefing build` writes the site into public/."
        ---

        A briefing groups the day's stories into one edition. Each story keeps its headline,
        a short summary and the sources it relies on.

        ## Writing a story

        Run `briefing new "Headline"` to start a story with every field ready to fill in.
        Remove `draft: true` when it is ready to publish.
        """);
    write(site.resolve(".gitignore"), """
        # What briefing build and briefing serve write; made again from the site's files.
        /public/
        /.briefing-cache/
        # What a dry run of briefing send writes (send-log/ is worth keeping: it says who got which edition)
        /outbox/
        """);
    Files.createDirectories(site.resolve("static"));
    if (copyTheme) {
      for (String name : Templates.THEME_FILES) {
        try (InputStream in = InitCommand.class.getResourceAsStream("/theme/" + name)) {
          if (in != null) {
            Path target = site.resolve("templates").resolve(name);
            Files.createDirectories(target.getParent());
            OwnFile.create(target, in.readAllBytes());
          }
        }
      }
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    OwnFile.create(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
