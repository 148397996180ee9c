package org.briefing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.briefing.render.Templates;
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

  @Option(names = "--title", description = "The site's title (default: ${DEFAULT-VALUE}).")
  String title = "My Briefing";

  @Option(names = "--copy-theme", description = "Also copy the default theme into templates/ to customise it.")
  boolean copyTheme;

  @Override
  public Integer call() throws IOException {
    Path site = dir.toAbsolutePath().normalize();
    if (Files.exists(site) && (!Files.isDirectory(site) || !isEmpty(site))) {
      spec.commandLine().getErr().println("error: " + site + " already exists and is not an empty folder");
      spec.commandLine().getErr().println("  hint: choose a new folder name, e.g. briefing init my-briefing");
      return 1;
    }
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
          url: https://example.org/about/
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
          - {name: Briefing documentation, url: "https://example.org/docs/"}
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
            Files.write(target, in.readAllBytes());
          }
        }
      }
    }
    String tool = ToolName.command();
    spec.commandLine().getOut().printf("Made a new site in %s%nNext: cd %s && %s build%n", BuildCommand.display(site), ToolName.shellWord(dir.toString()), tool);
    if (tool.startsWith("java ")) {
      spec.commandLine().getOut().println("(bin/briefing in the Briefing folder runs the tool faster; README.md says how to put it on your PATH)");
    }
    return 0;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
