package org.briefing.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * Reads a site's {@code content/} folder: article files, edition files, the sources list and the
 * {@code _defaults.yaml} files whose values apply to every article below them.
 */
public final class ContentLoader {
  public static final String DEFAULTS = "_defaults.yaml";
  public static final String SOURCES = "sources.yaml";
  public static final String EDITIONS = "editions";
  /** The folder of pages that are not stories (about, contact, ethics…). */
  public static final String PAGES = "pages";

  private final Path contentDir;
  private final Problems problems;
  private final FieldCheck fields;
  /** The names of the YAML files at the top of {@code content/} that the site reads: sources.yaml, each grouping's term file. */
  private final java.util.Set<String> dataFiles;
  /** Tells the files that a build would read under another name or in another place. */
  private final MisplacedFile misplaced;
  private final Map<Path, YamlData> defaultsCache = new HashMap<>();
  private final Map<Path, Long> defaultsKeys = new java.util.concurrent.ConcurrentHashMap<>();

  /** A loader that takes every field name as it is. */
  public ContentLoader(Path contentDir, Problems problems) {
    this(contentDir, problems, null, java.util.Set.of(SOURCES));
  }

  /**
   * A loader that checks the field names of stories and folder defaults with {@code fields}; the
   * files named {@code dataFiles} at the top of {@code content/} are the site's own, never taken
   * for misspelt folder defaults (a grouping called 'defaults' reads {@code defaults.yaml}).
   */
  public ContentLoader(Path contentDir, Problems problems, FieldCheck fields, java.util.Set<String> dataFiles) {
    this.contentDir = contentDir;
    this.problems = problems;
    this.fields = fields;
    this.dataFiles = java.util.Set.copyOf(dataFiles);
    this.misplaced = new MisplacedFile(contentDir, dataFiles);
  }

  /**
   * A content file and what the file system says of it, to tell whether it changed since the last
   * build ({@link org.briefing.fingerprint.FileStamp#stamp}); a link to a folder, which no build
   * follows, has the size {@link #FOLDER_LINK}.
   */
  public record ContentFile(Path path, long size, long stamp) {
    public static final long FOLDER_LINK = -1;

    /** File {@code path} made since a build looked at its inputs: a stamp no look gives, so that the next build reads it again. */
    public static ContentFile madeSinceTheLook(Path path) {
      return new ContentFile(path, 0, new org.briefing.fingerprint.Fingerprint().add(path.toString())
          .add("made after the inputs were stamped").add(System.nanoTime()).value());
    }

    public boolean isFolderLink() {
      return size == FOLDER_LINK;
    }
  }

  /** The article, edition and page files of {@code content/}, sorted by path. */
  public record Scan(List<ContentFile> articles, List<ContentFile> editions, List<ContentFile> pages) {}

  /** The article and edition files of {@code content/}, found by listing the folder. */
  public Scan scan() {
    return scan(FileTree.list(contentDir));
  }

  /**
   * The article and edition files among {@code listed}, the files under {@code content/} as
   * {@link FileTree#list} lists them (a caller that listed them already need not do it again).
   */
  public Scan scan(List<ContentFile> listed) {
    if (!hasContentFolder()) {
      return new Scan(List.of(), List.of(), List.of());
    }
    // each path is made relative once, not once for each test: on a site of 10,000 stories this is a slow part of the scan
    List<Listed> found = new java.util.ArrayList<>();
    java.util.Set<String> conflictFolders = new java.util.HashSet<>(); // each named once, not once for each file in it
    for (ContentFile file : listed) {
      String copy = file.isFolderLink() ? null : conflictCopy(file.path());
      if (file.isFolderLink()) {
        // a folder of stories linked in would be left out without a word
        problems.warning(SourcePosition.of(file.path()), "this is a link to a folder, which a build does not follow: the files in it are not built",
            "move the folder into content/ instead of linking to it, or link each file");
      } else if (copy != null) {
        // a copy of a story its editor has since made a draft would be published beside it
        if (copy.equals(contentDir.relativize(file.path()).toString().replace('\\', '/'))) {
          problems.error(SourcePosition.of(file.path()), "this is a copy a sync tool made of a file changed in two places; it is not built",
              SyncConflictCopy.HINT);
        } else if (conflictFolders.add(copy)) {
          problems.error(SourcePosition.of(contentDir.resolve(copy)),
              "this is a copy a sync tool made of a folder changed in two places; nothing in it is built", SyncConflictCopy.HINT);
        }
      } else if (isMisnamedDefaults(file.path()) && !isHidden(contentDir.relativize(file.path().getParent()))) {
        // '_default.yaml' read as nothing, so its 'draft: true' held nothing back
        String name = file.path().getFileName().toString();
        // a name's trailing space is all but invisible in the error's path
        String spaced = name.equals(name.strip()) ? "" : " (this name has a space at its start or end)";
        problems.error(SourcePosition.of(file.path()), "this file is not read: a folder's defaults are read from '" + DEFAULTS + "' only" + spaced,
            Files.exists(file.path().resolveSibling(DEFAULTS))
                ? "move what it holds into the " + DEFAULTS + " beside it, and delete it" : "rename it to " + DEFAULTS);
      } else if (file.path().getFileName().toString().equals(DEFAULTS) && isPageFile(contentDir.relativize(file.path()))
          && !isHidden(contentDir.relativize(file.path().getParent()))) {
        // read, it would not be applied: a page it holds back with 'draft: true' would be published
        problems.error(SourcePosition.of(file.path()), "pages take no folder defaults: nothing in this file applies to the pages beside it",
            "give each page its fields in its own front matter (for example 'draft: true'), and delete this file");
      } else if (file.path().getFileName().toString().equals(DEFAULTS) && file.path().getParent().equals(contentDir.resolve(EDITIONS))) {
        // likewise: an edition it holds back with 'draft: true' would go out with its note
        problems.error(SourcePosition.of(file.path()), "edition files take no folder defaults: nothing in this file applies to the"
            + " edition files beside it", "give each edition file its fields in its own front matter (for example 'draft: true'),"
            + " and delete this file");
      } else if (isMarkdown(file.path().getFileName().toString())) {
        Path relative = contentDir.relativize(file.path());
        String original = isHidden(relative) ? null : desktopCopyOf(file.path());
        Problem misplaced = isHidden(relative) || original != null ? null : this.misplaced.ofMarkdown(file.path(), relative);
        if (original != null) {
          // a copy of a story its editor has since made a draft would be published beside it
          problems.error(SourcePosition.of(file.path()), "this is a copy a desktop made of '" + original + "' beside it; it is not built",
              DesktopCopy.HINT);
        } else if (misplaced != null) {
          // an edition file read as a story was refused for its missing 'date', which it must not have
          problems.add(misplaced);
        } else if (!isHidden(relative)) {
          found.add(new Listed(file, relative));
        }
      } else {
        Path relative = contentDir.relativize(file.path());
        Problem misplaced = isHidden(relative) ? null : this.misplaced.ofOther(file.path(), relative);
        if (misplaced != null) {
          // a term file under another name was read as nothing: its aliases, roles and descriptions were not applied
          problems.add(misplaced);
        }
      }
    }
    found.sort(java.util.Comparator.comparing(f -> f.file().path()));
    return split(found);
  }

  private record Listed(ContentFile file, Path relative) {}

  private boolean hasContentFolder() {
    if (Files.isDirectory(contentDir)) {
      return true;
    }
    problems.error(SourcePosition.of(contentDir), "there is no content folder",
        "create it and add an article, e.g. with: briefing new \"My first story\"");
    return false;
  }

  private static Scan split(List<Listed> files) {
    List<ContentFile> articles = new java.util.ArrayList<>();
    List<ContentFile> editions = new java.util.ArrayList<>();
    List<ContentFile> pages = new java.util.ArrayList<>();
    for (Listed file : files) {
      (isEditionFile(file.relative()) ? editions : isPageFile(file.relative()) ? pages : articles).add(file.file());
    }
    return new Scan(List.copyOf(articles), List.copyOf(editions), List.copyOf(pages));
  }

  public List<RawEdition> readEditions(Scan scan) {
    return scan.editions().stream().map(f -> readEdition(f.path())).filter(Objects::nonNull).toList();
  }

  public YamlData readSources() {
    return readData(SOURCES);
  }

  /** The YAML file {@code name} of the content folder ({@code sources.yaml}, a term file), empty when there is none. */
  public YamlData readData(String name) {
    Path sourcesFile = contentDir.resolve(name);
    // a link to nothing is read, and reported, rather than taken for no file
    YamlData sources = Files.exists(sourcesFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        ? guarded(sourcesFile, () -> YamlReader.read(TextFiles.read(readable(sourcesFile), InputLimits.SOURCES_FILE_BYTES), sourcesFile, 1)) : null;
    return sources == null ? YamlData.empty(1) : sources;
  }

  /**
   * A fingerprint of the folder defaults that apply to an article file: their values, and where
   * each was written, which a problem of the story names.
   */
  public long defaultsKey(Path articleFile) {
    return defaultsKeys.computeIfAbsent(articleFile.getParent(), dir -> {
      YamlData d = guarded(dir, () -> defaultsFor(dir, defaultsCache));
      if (d == null) {
        return org.briefing.fingerprint.Fingerprint.of(Map.of());
      }
      java.util.TreeMap<String, String> written = new java.util.TreeMap<>();
      d.inherited().forEach((path, at) -> written.put(path, contentDir.relativize(at.file()) + ":" + at.line()));
      return new org.briefing.fingerprint.Fingerprint().add(org.briefing.fingerprint.Fingerprint.of(d.values()))
          .add(org.briefing.fingerprint.Fingerprint.of(written)).value();
    });
  }

  private boolean isMisnamedDefaults(Path file) {
    String name = file.getFileName().toString();
    boolean sitesOwn = file.getParent().equals(contentDir) && dataFiles.contains(name);
    return !sitesOwn && DefaultsFileName.isMisspelt(name);
  }

  /** The name of the Markdown file beside {@code file} that it is a desktop's copy of ({@link DesktopCopy}); else null. */
  private static String desktopCopyOf(Path file) {
    String original = DesktopCopy.original(file.getFileName().toString());
    return original != null && Files.isRegularFile(file.resolveSibling(original)) ? original : null;
  }

  /** Whether {@code name} is a Markdown file's, its extension in any case: 'a.MD' left out would be a story lost without a word. */
  public static boolean isMarkdown(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  /**
   * The sync tool's conflict copy (see {@link SyncConflictCopy#copyIn}) that {@code file} is or is
   * in, from content/ with '/', unless the file is hidden; else null.
   */
  private String conflictCopy(Path file) {
    boolean named = false;
    // the names below content/, each tested as it is: making every path relative is slow on a large site
    for (int i = contentDir.getNameCount(); i < file.getNameCount() && !named; i++) {
      named = SyncConflictCopy.is(file.getName(i).toString());
    }
    if (!named || file.getFileName().toString().startsWith(".") || isHidden(contentDir.relativize(file.getParent()))) {
      return null;
    }
    return SyncConflictCopy.copyIn(contentDir.relativize(file).toString().replace('\\', '/'));
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a file at {@code relative} to {@code content/} is a page of {@code content/pages/}. */
  private static boolean isPageFile(Path relative) {
    return relative.getNameCount() >= 2 && relative.getName(0).toString().equals(PAGES);
  }

  /** The page's path under {@code content/pages/}, without its extension: "about", "policies/ethics". */
  public String pageName(Path file) {
    String relative = contentDir.resolve(PAGES).relativize(file).toString().replace('\\', '/');
    return relative.replaceFirst("(?i)\\.(md|markdown)$", "");
  }

  /** Reads a page file, its field names checked by {@code check}; no folder defaults apply. Null when it cannot be read. */
  public RawArticle readPage(Path file, FieldCheck check) {
    return guarded(file, () -> {
      FrontMatter split = FrontMatter.split(TextFiles.read(readable(file)), file);
      YamlData meta = check.check(file, YamlReader.read(split.yaml(), file, split.yamlLine()), problems);
      return new RawArticle(file, meta, split.body(), split.bodyLine());
    });
  }

  /** Whether a file at {@code relative} to {@code content/} is an edition file. */
  private static boolean isEditionFile(Path relative) {
    return relative.getNameCount() == 2 && relative.getName(0).toString().equals(EDITIONS);
  }

  /** Reads one article file with its folder defaults applied; null, with the problems reported, when it cannot be read. */
  public RawArticle readArticle(Path file) {
    return readArticle(file, problems);
  }

  /** As above, reporting the problems of the story's field names to {@code fieldProblems}, which a cache can keep with the story. */
  public RawArticle readArticle(Path file, Problems fieldProblems) {
    return guarded(file, () -> {
      FrontMatter split = FrontMatter.split(TextFiles.read(readable(file)), file);
      YamlData meta = checked(file, YamlReader.read(split.yaml(), file, split.yamlLine()), fieldProblems);
      return new RawArticle(file, meta.over(defaultsFor(file.getParent(), defaultsCache)), split.body(), split.bodyLine());
    });
  }

  private RawEdition readEdition(Path file) {
    return guarded(file, () -> {
      String text = TextFiles.read(readable(file));
      String name = file.getFileName().toString().replaceFirst("(?i)\\.(md|markdown)$", "");
      if (!text.startsWith("---") && !text.startsWith("+++")) { // TOML is refused as in a story, not published as the note
        return new RawEdition(file, name, YamlData.empty(1), text, 1);
      }
      FrontMatter split = FrontMatter.split(text, file);
      return new RawEdition(file, name, YamlReader.read(split.yaml(), file, split.yamlLine()), split.body(), split.bodyLine());
    });
  }

  /**
   * {@code file}, or a {@link BuildFailure} when it is a link that leads outside the site
   * ({@link SiteFiles}). The files under {@code content/} are found without following links to
   * folders, so only a link itself can lead out, and a file that is not one needs no more look.
   */
  private Path readable(Path file) {
    return Files.isSymbolicLink(file) ? SiteFiles.check(contentDir.getParent(), file) : file;
  }

  /**
   * The merged defaults for a folder: its own {@code _defaults.yaml} over those of its parents,
   * each value with the file and line it was written at.
   */
  private YamlData defaultsFor(Path dir, Map<Path, YamlData> cache) {
    synchronized (cache) {
      YamlData cached = cache.get(dir);
      if (cached != null) {
        return cached;
      }
    }
    YamlData merged = YamlData.empty(1);
    if (!dir.equals(contentDir) && dir.startsWith(contentDir)) {
      merged = defaultsFor(dir.getParent(), cache);
    }
    Path file = dir.resolve(DEFAULTS);
    if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      merged = checked(file, YamlReader.read(TextFiles.read(readable(file)), file, 1), problems).from(file).over(merged);
    }
    // in the file's order, which templates that list a story's params show
    YamlData result = new YamlData(withoutNulls(merged.values()), Map.of(), 1, merged.inherited());
    synchronized (cache) {
      cache.put(dir, result);
    }
    return result;
  }

  private YamlData checked(Path file, YamlData yaml, Problems to) {
    return fields == null ? yaml : fields.check(file, yaml, to);
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> map) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (v != null) {
        out.put(k, v);
      }
    });
    return out;
  }

  private <T> T guarded(Path file, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (BuildFailure failure) {
      failure.problems().forEach(problems::add);
      return null;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError unexpected) {
      throw org.briefing.problem.UnexpectedFailure.in(file, unexpected);
    }
  }
}
