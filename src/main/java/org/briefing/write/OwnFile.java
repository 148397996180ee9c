package org.briefing.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way the commands write a file among the editor's own (a story of {@code new} or
 * {@code import}, a photo copied beside it, a send log, a dry run's message): as a file of its own,
 * never through a symbolic link, whether the link leads somewhere or nowhere yet. A link that a
 * cloned site carries ({@code content/imported/x.md -> ~/.bash_profile}) would otherwise have the
 * command create or change a file outside the site.
 */
public final class OwnFile {
  private OwnFile() {}

  /**
   * The first link on the way from {@code root} down to {@code file}, {@code file} itself
   * included and {@code root} not, else null; {@code file} must be inside {@code root}.
   */
  public static Path linkOnTheWay(Path root, Path file) {
    Path at = root.toAbsolutePath().normalize();
    for (Path part : at.relativize(file.toAbsolutePath().normalize())) {
      at = at.resolve(part);
      if (Files.isSymbolicLink(at)) {
        return at;
      }
    }
    return null;
  }

  /** Where the link {@code link} leads, as written in it, with "(which does not exist)" when nothing is there. */
  public static String target(Path link) {
    try {
      Path target = Files.readSymbolicLink(link);
      Path resolved = link.toAbsolutePath().getParent().resolve(target).normalize();
      return Files.exists(link) ? resolved.toString() : resolved + " (which does not exist)";
    } catch (IOException | UnsupportedOperationException e) {
      return "a place that cannot be read";
    }
  }

  /** Writes {@code bytes} into a new file {@code file}; a {@link FileAlreadyExistsException} when anything, a link too, is there. */
  public static void create(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /**
   * Replaces the file {@code file} (or makes it) with {@code bytes}: written beside it as a new
   * file, then moved in its place, so that a link put there meanwhile is replaced, never followed.
   * An {@link IOException} naming it when it is a link now.
   */
  public static void replace(Path file, byte[] bytes) throws IOException {
    if (Files.isSymbolicLink(file)) {
      throw new IOException(file + " is a link to " + target(file) + "; nothing is written through a link");
    }
    Path temp = file.resolveSibling("." + file.getFileName() + ".briefing-new");
    Files.deleteIfExists(temp);
    try {
      create(temp, bytes);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Copies {@code from} into a new file {@code to}; a {@link FileAlreadyExistsException} when anything, a link too, is there. */
  public static void copy(Path from, Path to) throws IOException {
    Files.copy(from, to);
  }

  /** Opens {@code file} to read and append, making it when it is not there; an {@link IOException} when it is a link. */
  public static FileChannel openForAppending(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
  }
}
