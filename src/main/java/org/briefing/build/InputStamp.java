package org.briefing.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.briefing.config.ConfigLoader;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.load.ContentLoader.ContentFile;
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
 * a real one. The files it found under {@code content/} are kept, so that the build that follows
 * need not list them again.
 *
 * @param value the fingerprint
 * @param content the regular files under {@code content/} (and links to files), in no particular order
 */
public record InputStamp(long value, List<ContentFile> content) {

  public static InputStamp of(BuildSettings settings, URI baseUrlOverride) {
    Fingerprint fingerprint = new Fingerprint()
        .add(settings.drafts()).add(settings.future()).add(String.valueOf(baseUrlOverride));
    Path config = settings.siteDir().resolve(ConfigLoader.FILE_NAME);
    try {
      fingerprint.add(Files.isRegularFile(config) ? Files.readAllBytes(config) : new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config, e);
    }
    List<ContentFile> content = addTree(fingerprint, settings.contentDir());
    addTree(fingerprint, settings.staticDir());
    return new InputStamp(fingerprint.add(Templates.fingerprintOf(settings.templatesDir())).value(), List.copyOf(content));
  }

  /** A folder to look into, or a file with its fingerprint. */
  private record Entry(Path folder, ContentFile file, boolean regular, long fingerprint) {}

  /**
   * Adds the path, size and modification time of every file under {@code root} and returns the
   * regular ones. Each file gives a fingerprint of its own and they are summed, so the order in
   * which folders list their files does not matter; the files of a folder are looked at in
   * parallel, as a site keeps thousands of stories in one folder and each costs a system call.
   */
  private static List<ContentFile> addTree(Fingerprint fingerprint, Path root) {
    fingerprint.add(root.toString());
    List<ContentFile> files = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return files;
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
          if (attributes.isDirectory()) {
            return new Entry(entry, null, false, 0);
          }
          boolean regular = attributes.isRegularFile();
          if (attributes.isSymbolicLink()) {
            // a build reads what a link to a file points to, so that is what is stamped; a link
            // to a folder is not followed (nor by the build), and a broken link is listed, so
            // that the build says it cannot read it
            try {
              BasicFileAttributes target = Files.readAttributes(entry, BasicFileAttributes.class);
              attributes = target.isDirectory() ? attributes : target;
              regular = target.isRegularFile();
            } catch (IOException broken) {
              regular = true;
            }
          }
          long modified = attributes.lastModifiedTime().toMillis();
          return new Entry(null, new ContentFile(entry, attributes.size(), modified), regular,
              new Fingerprint().add(entry.toString().substring(prefix)).add(attributes.size()).add(modified).value());
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
          if (entry.regular()) {
            files.add(entry.file());
          }
        }
      }
      folders = next;
    }
    fingerprint.add(count).add(sum);
    return files;
  }
}
