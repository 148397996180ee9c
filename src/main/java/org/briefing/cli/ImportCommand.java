package org.briefing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.briefing.config.ConfigLoader;
import org.briefing.importer.DateOption;
import org.briefing.importer.ImportOptions;
import org.briefing.importer.ImportResult;
import org.briefing.importer.Importer;
import org.briefing.importer.ReportPrinter;
import org.briefing.importer.SourceCatalog;
import org.briefing.problem.InputLimits;
import org.briefing.write.OwnFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefing import}: turns pasted agency copy and saved news pages into content files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Turns plain-text agency copy (.txt) and saved news pages (.html, .htm) into content files with front matter.",
      "Prints for each input the file written and a report: every field inferred with the lines it came from,"
          + " every line it was unsure about and every line it dropped."
    })
public final class ImportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path site = Path.of("");

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: <site>/content/imported/).")
  Path out;

  @Option(names = "--date", paramLabel = "DATETIME",
      description = "The story's date, e.g. 2021-10-18 or 2021-10-18T14:30+03:00; needed when the input has no full date.")
  String date;

  @Option(names = "--source", paramLabel = "NAME", description = "A source to add (a name, or an id from content/sources.yaml).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--topic", paramLabel = "T", description = "A topic to add; repeat for more.")
  List<String> topics = new ArrayList<>();

  @Option(names = "--photo", paramLabel = "FILE", description = {
      "The story's photo file: it becomes image.src (copied next to the story unless it is in the site's static/),",
      "and its embedded credit and caption (IPTC, XMP) fill those the input leaves out."})
  Path photo;

  @Option(names = "--dry-run", description = "Print the Markdown and the report; write nothing.")
  boolean dryRun;

  @Option(names = "--force", description = "Replace existing files.")
  boolean force;

  // paths, so that an empty one is refused as every command's are, not taken for the current folder and its files imported
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "A .txt, .html or .htm file, a folder of them, or - for standard input.")
  List<Path> inputs = new ArrayList<>();

  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String when = "";
    if (date != null) {
      when = DateOption.normalise(date).orElse(null);
      if (when == null) {
        err.println("error: --date " + date + " is not a date; write 2021-10-18, 2021-10-18T14:30 or 2021-10-18T14:30+03:00, in the years "
            + org.briefing.problem.InputLimits.FIRST_YEAR + " to " + org.briefing.problem.InputLimits.LAST_YEAR);
        return 2;
      }
    }
    String wrongTerm = wrongTerm("--source", sources, "a source's name, such as Reuters, or an id from content/sources.yaml");
    wrongTerm = wrongTerm != null ? wrongTerm : wrongTerm("--topic", topics, "a topic, such as Shipping");
    if (wrongTerm != null) {
      err.println("error: " + wrongTerm);
      return 2;
    }
    Path siteDir = site.toAbsolutePath().normalize();
    Path target = (out != null ? out : site.resolve("content").resolve("imported")).toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>();
    boolean readStdin = false;
    int status = 0;
    for (Path path : inputs) {
      if (path.toString().equals("-")) {
        readStdin = true;
        continue;
      }
      if (Files.isDirectory(path)) {
        files.addAll(folder(path));
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        err.println("error: " + path + ": no such file or folder");
        status = 2;
      }
    }
    if (!dryRun) {
      if (!Files.isRegularFile(siteDir.resolve(ConfigLoader.FILE_NAME))) {
        err.println("error: " + siteDir + " is not a site folder: it has no " + ConfigLoader.FILE_NAME);
        err.println("  hint: run this inside a site folder, or give one with --site DIR; to make a new site: "
            + ToolName.command() + " init DIR; to see what an import gives without a site, add --dry-run");
        return 2;
      }
      StoryFolder.Refusal refusal = StoryFolder.refusal(siteDir, target, "--out");
      if (refusal != null) {
        err.println("error: " + refusal.message());
        err.println("  hint: " + refusal.hint());
        return 2;
      }
    }
    StringBuilder catalogProblem = new StringBuilder();
    SourceCatalog catalog = SourceCatalog.read(site.resolve("content").resolve("sources.yaml"), catalogProblem);
    if (catalogProblem.length() > 0) {
      err.println("warning: " + catalogProblem);
    }
    ImportOptions.Photo photoOption = null;
    if (photo != null) {
      if (!Files.isRegularFile(photo)) {
        err.println("error: --photo " + photo + ": no such file");
        return 2;
      }
      String reserved = org.briefing.model.Photo.reservedIn(photoSrc(target));
      if (photoSrc(target).startsWith("/") && !reserved.isEmpty()) {
        err.println("error: --photo " + photo + ": its path in static/ has '" + reserved + "', which a photo's path cannot have;"
            + " rename it without '" + reserved + "'");
        return 2;
      }
      try {
        org.briefing.photo.PhotoInfo info = org.briefing.photo.PhotoReader.read(photo);
        photoOption = new ImportOptions.Photo(photoSrc(target), info.embedded());
      } catch (org.briefing.photo.PhotoException e) {
        err.println("error: --photo " + photo + ": " + e.getMessage() + "; give a JPEG, PNG, WebP, GIF or SVG file");
        return 2;
      }
    }
    // a published story keeps its address: an import of the same day and headline is given a slug of its own
    org.briefing.config.SiteConfig config = siteConfig(siteDir);
    Importer importer = new Importer(new ImportOptions(when, sources, topics, catalog, photoOption)
        .withTaken(PublishedStories.of(siteDir, target)).withZone(config == null ? null : config.timeZone())
        .withSite(config == null ? null : config.baseUrl()));
    Set<Path> written = new HashSet<>();
    if (readStdin) {
      byte[] bytes = stdin.readNBytes((int) InputLimits.IMPORT_FILE_BYTES + 1);
      if (bytes.length > InputLimits.IMPORT_FILE_BYTES) {
        err.println("standard input: skipped: " + tooLong("the input is longer than " + InputLimits.describe(InputLimits.IMPORT_FILE_BYTES)));
        status = Math.max(status, 1);
      } else {
        status = Math.max(status, one("standard input", "-", bytes, importer, target, written));
      }
    }
    for (Path file : files) {
      try {
        if (Files.size(file) > InputLimits.IMPORT_FILE_BYTES) {
          err.println(file + ": skipped: " + tooLong("the file is " + String.format(java.util.Locale.ROOT, "%,d", Files.size(file)) + " bytes long"));
          status = Math.max(status, 1);
          continue;
        }
        status = Math.max(status, one(file.toString(), file.getFileName().toString(), Files.readAllBytes(file), importer, target, written));
      } catch (IOException e) {
        err.println(file + ": not imported: " + e.getMessage() + "; the other inputs are imported");
        status = Math.max(status, 1);
      }
    }
    if (files.isEmpty() && !readStdin && status == 0) {
      err.println("error: no .txt, .html or .htm files found in " + String.join(", ", inputs.stream().map(Path::toString).toList()));
      return 2;
    }
    return status;
  }

  /**
   * Why a --source or --topic cannot be written, null when each can: an empty one (an unset shell variable) gave a
   * source without a name, which the build refuses, or a topic without one; a control character is a slip of the shell.
   */
  private static String wrongTerm(String option, List<String> values, String example) {
    for (String value : values) {
      if (value.isBlank()) {
        return option + " is empty; give " + example;
      }
      String control = NewCommand.controlCharacter(value);
      if (control != null) {
        return option + " '" + value.strip() + "' has a control character (" + control + "); write it on one line";
      }
    }
    return null;
  }

  /**
   * The site's settings: its time zone, in which a build reads a date written without an offset,
   * and its address, whose links a build checks; null without a site (a dry run) or with settings a
   * build refuses, and the importer then judges for any zone and any site.
   */
  private static org.briefing.config.SiteConfig siteConfig(Path siteDir) {
    if (!Files.isRegularFile(siteDir.resolve(ConfigLoader.FILE_NAME))) {
      return null;
    }
    try {
      org.briefing.problem.Problems problems = new org.briefing.problem.Problems();
      org.briefing.config.SiteConfig config = ConfigLoader.load(siteDir, problems);
      return problems.hasErrors() ? null : config;
    } catch (org.briefing.problem.BuildFailure e) {
      return null;
    }
  }

  private static String tooLong(String what) {
    return what + "; import takes files of at most " + InputLimits.describe(InputLimits.IMPORT_FILE_BYTES)
        + " (docs/limits.md); one story is never that long, so save the article alone as text or HTML";
  }

  private int one(String label, String name, byte[] bytes, Importer importer, Path target, Set<Path> written) throws IOException {
    PrintWriter outWriter = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImportResult result = importer.importBytes(name, bytes);
    if (result.refused()) {
      err.println(label + ": nothing imported: " + result.refusal());
      return 1;
    }
    Path file = target.resolve(result.slug() + ".md");
    if (dryRun) {
      outWriter.println("=== " + label + " -> " + file + " (dry run, not written)");
      outWriter.print(result.markdown());
      outWriter.println("=== report");
      outWriter.print(ReportPrinter.format(result.report()));
      outWriter.flush();
      return result.hasDate() ? 0 : 1;
    }
    if (!result.hasDate()) {
      outWriter.println(label + ": not written");
      outWriter.print(ReportPrinter.format(result.report()));
      err.println(label + ": not written: no date found in the input; give one with --date, e.g. --date 2021-10-18");
      return 1;
    }
    if (!written.add(file.toAbsolutePath().normalize())) {
      err.println(label + ": not written: another input in this run also became " + file + "; import them separately or change a headline");
      return 1;
    }
    byte[] content = result.markdown().getBytes(StandardCharsets.UTF_8);
    if (content.length > InputLimits.TEXT_FILE_BYTES) {
      err.println(label + ": not written: the story would be " + String.format(java.util.Locale.ROOT, "%,d", content.length)
          + " bytes long, and a story may have at most " + InputLimits.describe(InputLimits.TEXT_FILE_BYTES)
          + " (docs/limits.md); split the input into several stories");
      return 1;
    }
    StoryFolder.Refusal refusal = StoryFolder.fileRefusal(site.toAbsolutePath().normalize(), file);
    if (refusal != null) {
      err.println(label + ": not written: " + refusal.message() + "; " + refusal.hint());
      return 1;
    }
    String action = "wrote";
    if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      if (java.util.Arrays.equals(Files.readAllBytes(file), content)) {
        action = "unchanged";
      } else if (!force) {
        err.println(label + ": not written: " + file + " already exists and differs; use --force to replace it");
        return 1;
      } else {
        action = "replaced";
      }
    }
    if (action.equals("wrote")) {
      Files.createDirectories(target);
      OwnFile.create(file, content);
    } else if (action.equals("replaced")) {
      OwnFile.replace(file, content);
    }
    copyPhoto(target);
    outWriter.println(label + ": " + action + " " + BuildCommand.display(file));
    outWriter.print(ReportPrinter.format(result.report()));
    outWriter.flush();
    return 0;
  }

  /**
   * The image.src of the --photo file: its path from static/ when it is there, else the name it is
   * copied under next to the story: its own, or, when another picture of that name is there
   * already (an earlier story's), the first of {@code NAME-2.EXT}, {@code NAME-3.EXT}, ... that is
   * free or holds this very picture, so that the story never shows another one, with its credit.
   */
  private String photoSrc(Path target) throws IOException {
    Path file = photo.toAbsolutePath().normalize();
    Path staticDir = site.resolve("static").toAbsolutePath().normalize();
    if (file.startsWith(staticDir)) {
      return "/" + staticDir.relativize(file).toString().replace('\\', '/');
    }
    String name = copiedName(file.getFileName().toString());
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int n = 2; ; n++) {
      Path there = target.resolve(name);
      if (Files.isSymbolicLink(there)) {
        // a link is never copied over, nor taken for the photo: the story would show what it leads to
      } else if (!Files.exists(there) || Files.isSameFile(there, photo) || Files.mismatch(there, photo) == -1) {
        return name;
      }
      name = stem + "-" + n + extension;
    }
  }

  /**
   * The name the photo is copied under next to the story: its own, but for what a photo's path may
   * not have ({@link org.briefing.model.Photo#RESERVED}, each made '-') and a leading dot (a
   * dot-file is never published), so that the build takes the src the import writes.
   */
  static String copiedName(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      out.append(org.briefing.model.Photo.RESERVED.indexOf(c) >= 0 ? '-' : c);
    }
    return out.toString().replaceFirst("^\\.+", "");
  }

  /** Copies the --photo file next to the story, unless it is in static/ or already there. */
  private void copyPhoto(Path target) throws IOException {
    if (photo == null || photoSrc(target).startsWith("/")) {
      return;
    }
    Path copy = target.resolve(photoSrc(target));
    if (!Files.exists(copy, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      OwnFile.copy(photo, copy);
    }
  }

  private static List<Path> folder(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(txt|html?)$"))
          .sorted()
          .toList();
    }
  }
}
