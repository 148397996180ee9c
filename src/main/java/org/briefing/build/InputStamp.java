package org.briefing.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.briefing.config.ConfigLoader;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.model.BuildSettings;
import org.briefing.render.Templates;

/**
 * A fingerprint of everything a build reads, taken from names, sizes and modification times
 * without reading the stories: the configuration file, every file under {@code content/} and
 * {@code static/}, the templates (site and bundled theme) and the build's options. When it is
 * what it was for the last build, and no story has come due since, the output is already what
 * the build would write, and {@code briefing build} can say so without building.
 *
 * <p>It is taken before anything is read, so a file saved while a build runs makes the next build
 * a real one.
 */
public final class InputStamp {
  private InputStamp() {}

  public static long of(BuildSettings settings, URI baseUrlOverride) {
    Fingerprint fingerprint = new Fingerprint()
        .add(settings.drafts()).add(settings.future()).add(String.valueOf(baseUrlOverride));
    Path config = settings.siteDir().resolve(ConfigLoader.FILE_NAME);
    try {
      fingerprint.add(Files.isRegularFile(config) ? Files.readAllBytes(config) : new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config, e);
    }
    addTree(fingerprint, settings.contentDir());
    addTree(fingerprint, settings.staticDir());
    return fingerprint.add(Templates.fingerprintOf(settings.templatesDir())).value();
  }

  /**
   * Adds the path, size and modification time of every file under {@code root}. Each file gives a
   * fingerprint of its own and they are summed, so the order in which folders list their files
   * does not matter; the files of a folder are looked at in parallel, as a site keeps thousands
   * of stories in one folder and each costs a system call.
   */
  /** The attributes of what a link points to; the link's own when it points nowhere or to a folder (not followed, as by the build). */
  private static BasicFileAttributes linked(Path link, BasicFileAttributes own) {
    try {
      BasicFileAttributes target = Files.readAttributes(link, BasicFileAttributes.class);
      return target.isDirectory() ? own : target;
    } catch (IOException e) {
      return own;
    }
  }

  /** A folder to look into, or the fingerprint of a file. */
  private record Entry(Path folder, long fingerprint) {}

  private static void addTree(Fingerprint fingerprint, Path root) {
    fingerprint.add(root.toString());
    if (!Files.isDirectory(root)) {
      return;
    }
    int prefix = root.toString().length() + 1;
    long sum = 0;
    int count = 0;
    List<Path> folders = List.of(root);
    while (!folders.isEmpty()) {
      List<Path> entries = new ArrayList<>();
      for (Path folder : folders) {
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
          listing.forEach(entries::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + folder, e);
        }
      }
      List<Entry> seen = entries.parallelStream().map(entry -> {
        try {
          BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (attributes.isSymbolicLink()) {
            // a build reads what a link to a file points to, so that is what is stamped
            attributes = linked(entry, attributes);
          }
          return attributes.isDirectory() ? new Entry(entry, 0) : new Entry(null, new Fingerprint()
              .add(entry.toString().substring(prefix)).add(attributes.size()).add(attributes.lastModifiedTime().toMillis()).value());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the attributes of " + entry, e);
        }
      }).toList();
      List<Path> next = new ArrayList<>();
      for (Entry entry : seen) {
        if (entry.folder() != null) {
          next.add(entry.folder());
        } else {
          sum += entry.fingerprint();
          count++;
        }
      }
      folders = next;
    }
    fingerprint.add(count).add(sum);
  }
}
