package org.briefing.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.briefing.fingerprint.FileStamp;
import org.briefing.load.ContentLoader.ContentFile;

/**
 * The files under a folder, with their sizes and change stamps ({@link FileStamp}), as a build
 * reads them: a link to a file stands for that file, a link to a folder is listed but not
 * followed (its size is {@code ContentFile.FOLDER_LINK}), and a broken link, a named pipe, a
 * socket or a device is listed, so that reading it reports the problem with its path. Every file is one system call; the entries of
 * each level of folders are looked at on all cores, as a site keeps thousands of stories in one
 * folder.
 */
public final class FileTree {
  /** nano saves the text it holds when killed as {@code NAME.save}, or {@code NAME.save.1} and on when that is taken. */
  private static final java.util.regex.Pattern NANO_SAVE = java.util.regex.Pattern.compile("\\.save(\\.[0-9]+)?$");

  private FileTree() {}

  /** A folder to look into next, or a file found, and whether it was written in the window asked about. */
  private record Entry(Path folder, ContentFile file, boolean recent) {
    Entry(Path folder, ContentFile file) {
      this(folder, file, false);
    }
  }

  /** The files under {@code root} but editors' scratch files ({@link #isScratchFile}), in no particular order; none when it is not a folder. */
  public static List<ContentFile> list(Path root) {
    return list(root, FileStamp.Window.NONE, new ArrayList<>());
  }

  /** As {@link #list(Path)}, adding to {@code recent} the files among them last written in {@code window} ({@link FileStamp#written}). */
  public static List<ContentFile> list(Path root, FileStamp.Window window, List<ContentFile> recent) {
    List<ContentFile> files = new ArrayList<>();
    List<Path> folders = Files.isDirectory(root) ? List.of(root) : List.of();
    while (!folders.isEmpty()) {
      List<Path> entries = new ArrayList<>();
      for (Path folder : folders) {
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
          listing.forEach(entries::add);
        } catch (java.nio.file.NoSuchFileException gone) {
          // deleted since its parent was listed: as if listed a moment later
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + folder, e);
        }
      }
      List<Path> next = new ArrayList<>();
      for (Entry entry : entries.parallelStream().map(path -> entry(path, window)).toList()) {
        if (entry.folder() != null) {
          next.add(entry.folder());
        } else if (entry.file() != null && !isScratchFile(entry.file().path().getFileName().toString())) {
          // an editor's scratch file is no input: a swap file that changes with every keystroke would make every build a full one
          files.add(entry.file());
          if (entry.recent()) {
            recent.add(entry.file());
          }
        }
      }
      folders = next;
    }
    return files;
  }

  /**
   * The files and links below {@code root}, sorted, through links to folders when
   * {@code followLinks}; a file deleted while the folders are read (an editor's scratch file, say)
   * is left out, as a listing a moment later would leave it out.
   *
   * @throws IOException when a folder cannot be read, or a link leads to a folder that holds it
   */
  public static List<Path> walk(Path root, boolean followLinks) throws IOException {
    List<Path> found = new ArrayList<>();
    java.util.Set<java.nio.file.FileVisitOption> options = followLinks
        ? java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS) : java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class);
    Files.walkFileTree(root, options, Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        found.add(file);
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof java.nio.file.NoSuchFileException) {
          return java.nio.file.FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
    found.sort(null);
    return found;
  }

  /**
   * File {@code path} as {@link #list} lists it: null when it is no file (a folder, a link to a
   * folder, a named pipe or another special file, gone), else with its size and stamp.
   */
  public static ContentFile file(Path path) {
    Entry entry = entry(path, FileStamp.Window.NONE);
    return entry.file() == null || entry.file().isFolderLink() || !java.nio.file.Files.isRegularFile(path) ? null : entry.file();
  }

  private static Entry entry(Path path, FileStamp.Window window) {
    try {
      FileStamp attributes;
      try {
        attributes = FileStamp.read(path, LinkOption.NOFOLLOW_LINKS);
      } catch (java.nio.file.NoSuchFileException gone) {
        return new Entry(null, null); // deleted since its folder was listed (an editor's scratch file, say): as if listed a moment later
      }
      if (attributes.isDirectory()) {
        return new Entry(path, null);
      }
      FileStamp link = null;
      if (attributes.isSymbolicLink()) {
        link = attributes;
        try {
          attributes = FileStamp.read(path);
        } catch (IOException broken) {
          return new Entry(null, file(path, attributes));
        }
        if (attributes.isDirectory()) {
          // listed, not followed: the build says that its files are left out, and a link made or taken away is a change
          return new Entry(null, new ContentFile(path, ContentFile.FOLDER_LINK, link.stamp()));
        }
      }
      if (!attributes.isRegularFile()) {
        // a named pipe, a socket or a device: listed, so that reading it says what it is (TextFiles)
        // instead of a story being left out without a word
        return new Entry(null, file(path, attributes));
      }
      boolean recent = window.contains(attributes.written());
      if (link != null) {
        // a link's target can move (its folder renamed, a link left in its place) with its size
        // and times as they were: where it really is is part of its stamp, so a build sees the move
        // and checks again whether the file is inside the site
        return new Entry(null, new ContentFile(path, attributes.size(),
            new org.briefing.fingerprint.Fingerprint().add(attributes.stamp()).add(realPath(path)).value()), recent);
      }
      return new Entry(null, file(path, attributes), recent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the attributes of " + path, e);
    }
  }

  /**
   * Whether {@code file}, below the folder {@code root}, is there under exactly its name, and each
   * folder on the way from {@code root}: a system that ignores letter case (macOS's and Windows' by
   * default) finds {@code Article.ftlh} when asked for {@code article.ftlh}, and a site must build
   * there as it does on Linux. A folder that cannot be listed is taken at its word.
   */
  public static boolean hasExactName(Path root, Path file) {
    Path at = root.normalize();
    for (Path part : at.relativize(file.normalize())) {
      String name = part.toString(); // as text: Windows' paths are equal in any case
      try (java.util.stream.Stream<Path> entries = Files.list(at)) {
        if (entries.noneMatch(entry -> entry.getFileName().toString().equals(name))) {
          return false;
        }
      } catch (IOException | UncheckedIOException e) {
        return true;
      }
      at = at.resolve(part);
    }
    return true;
  }

  /**
   * {@code file}, below the folder {@code root}, as it is there in other letter case
   * ({@code strings/FR.yaml} for {@code strings/fr.yaml}), which a system that ignores letter case
   * would take for it and Linux would not; null when it is there under exactly its name, or not at
   * all. Of names that differ only in case, the first in order is taken, so the answer is the same
   * on every system.
   */
  public static Path inOtherCase(Path root, Path file) {
    Path at = root.normalize();
    List<String> parts = new ArrayList<>();
    at.relativize(file.normalize()).forEach(part -> parts.add(part.toString()));
    return inOtherCase(at, parts, false);
  }

  /** The first path below {@code at} whose names are {@code parts} but for letter case, exact names tried first. */
  private static Path inOtherCase(Path at, List<String> parts, boolean other) {
    if (parts.isEmpty()) {
      return other ? at : null;
    }
    String name = parts.get(0);
    List<Path> matching;
    try (java.util.stream.Stream<Path> entries = Files.list(at)) {
      matching = entries.filter(entry -> entry.getFileName().toString().equalsIgnoreCase(name))
          .sorted(java.util.Comparator.comparing((Path entry) -> !entry.getFileName().toString().equals(name)).thenComparing(Path::toString))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
    for (Path entry : matching) {
      Path found = inOtherCase(entry, parts.subList(1, parts.size()), other || !entry.getFileName().toString().equals(name));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The error for {@code file} when, with links followed, it is neither a file nor a folder but a
   * named pipe, a socket or a device ({@link #specialKind}), else null: copying or reading a pipe
   * waits for a program to write into it, for ever in a build, and one left out without a word
   * publishes a site without it.
   */
  public static org.briefing.problem.Problem notAFile(Path file) {
    String kind = specialKind(file);
    return kind == null ? null : org.briefing.problem.Problem.error(org.briefing.problem.SourcePosition.of(file), "this is "
        + (Files.isSymbolicLink(file) ? "a link to " : "") + kind + ", not a file: a build reads and publishes only files, and reading a"
        + " pipe or a device would wait for what a program writes into it", "replace it with the file itself, or delete it");
  }

  /** What {@code file} is, with links followed, when it is neither a file nor a folder ("a named pipe (FIFO)"); else null. */
  public static String specialKind(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
    return attributes.isRegularFile() || attributes.isDirectory() ? null : unixKind(file);
  }

  /** What {@code file}, neither a file nor a folder, is by its Unix mode ("a named pipe (FIFO)", "a socket", "a device"). */
  static String unixKind(Path file) {
    try {
      return switch ((Integer) Files.getAttribute(file, "unix:mode") & 0170000) {
        case 0010000 -> "a named pipe (FIFO)";
        case 0140000 -> "a socket";
        case 0020000, 0060000 -> "a device";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file (a pipe or a device)";
    }
  }

  private static String realPath(Path path) {
    try {
      return path.toRealPath().toString();
    } catch (IOException e) {
      return "";
    }
  }

  private static ContentFile file(Path path, FileStamp attributes) {
    return new ContentFile(path, attributes.size(), attributes.stamp());
  }

  /**
   * Whether a file of {@code static/} at {@code path} (from the folder, with '/') is published by
   * its name: not hidden (no part starting with a dot), no editor's scratch file and no sync tool's
   * conflict copy, nor in one's folder. The build's copy of the folder and its checks of links to
   * it ask this one rule.
   */
  public static boolean isPublishedStaticName(String path) {
    return isVisibleStaticName(path) && SyncConflictCopy.copyIn(path) == null;
  }

  /**
   * The sync tool's conflict copy that a file of {@code static/} at {@code path} is or is in (see
   * {@link SyncConflictCopy#copyIn}), when but for that it would be published; else null.
   */
  public static String staticConflictCopy(String path) {
    return isVisibleStaticName(path) ? SyncConflictCopy.copyIn(path) : null;
  }

  private static boolean isVisibleStaticName(String path) {
    return !path.startsWith(".") && !path.contains("/.") && !isScratchFile(fileName(path));
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /**
   * Editors' swap, backup and lock files ({@code .a.md.swp}, {@code a.md~}, {@code #a.md#},
   * {@code .#a.md}, vim's {@code 4913} probe, Office's {@code ~$report.docx}, {@code .bak},
   * {@code .orig}, {@code .tmp}, Kate's {@code .kate-swp}, nano's emergency {@code .save} and
   * {@code .save.1}), a browser's unfinished download ({@code .crdownload}, Firefox's {@code .part}),
   * and the files desktops leave in folders ({@code .DS_Store}, {@code Thumbs.db}, which holds small
   * copies of the folder's pictures, {@code desktop.ini}, macOS's folder icon {@code Icon\r}): no
   * build reads or publishes them, nor counts them among its inputs, and the preview does not
   * rebuild for them.
   */
  public static boolean isScratchFile(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return name.endsWith("~") || lower.endsWith(".swp") || lower.endsWith(".swx") || lower.endsWith(".swpx")
        || name.startsWith(".#") || name.startsWith("~$") || name.equals("4913") || name.equals(".DS_Store")
        || name.startsWith("#") && name.endsWith("#")
        || lower.endsWith(".bak") || lower.endsWith(".orig") || lower.endsWith(".tmp") || lower.endsWith(".kate-swp")
        || NANO_SAVE.matcher(lower).find() || lower.endsWith(".crdownload") || lower.endsWith(".part")
        || lower.equals("thumbs.db") || lower.equals("ehthumbs.db") || lower.equals("desktop.ini") || name.equals("Icon\r");
  }
}
