package org.briefing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.config.ConfigLoader;
import org.briefing.fingerprint.FileStamp;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.load.FileTree;
import org.briefing.model.BuildSettings;
import org.briefing.model.PublishedAddresses;
import org.briefing.render.Templates;

/**
 * A fingerprint of everything a build reads, taken from names, sizes and modification times
 * without reading the stories: the configuration file, every file under {@code content/} and
 * {@code static/}, the templates (site and bundled theme) and the build's options. When it is
 * what it was for the last build, and no story has come due since, the output is already what
 * the build would write, and {@code briefing build} can say so without building. The site's record
 * of published addresses is read whole, as the build itself writes it.
 *
 * <p>It is taken before anything is read, so a file saved while a build runs makes the next build
 * a real one. The files it found under {@code content/} are kept, so that the build that follows
 * need not list them again.
 *
 * @param value the fingerprint
 * @param outside the fingerprint of everything but {@code content/}: configuration, static files,
 *     templates and options
 * @param content the files under {@code content/} as {@link FileTree} lists them, in no particular order
 * @param options the fingerprint of the configuration, static files, templates and options alone
 * @param contentTree the fingerprint of the files under {@code content/} alone
 * @param written what the files under {@code content/} and {@code static/} written just before
 *     the stamp was taken held ({@link Written})
 * @param listed every file listed under {@code content/} and {@code static/}, by its absolute,
 *     normal path: what a build records of a file it copies is its stamp from before anything
 *     was read ({@link #listed(Path)})
 */
public record InputStamp(long value, long outside, List<ContentFile> content, long options, long contentTree, List<Written> written,
    Map<Path, ContentFile> listed) {

  /**
   * A file that was written shortly before a build looked at it ({@link FileStamp#recent}), as the
   * build found it, with a fingerprint of its bytes. On a file system that keeps times to the
   * second, it can be written again within that second with the same size, and keep its stamp:
   * the next build reads it again and compares ({@link #changedUnseen}), as git does with the
   * files of its index it calls "racily clean". The configuration and templates need none: their
   * stamp is their bytes.
   */
  public record Written(Path path, long size, long stamp, long bytes) {}

  public static InputStamp of(BuildSettings settings, URI baseUrlOverride) {
    FileStamp.Window window = FileStamp.justWritten();
    List<ContentFile> recent = new java.util.ArrayList<>();
    Map<Path, ContentFile> listed = new java.util.HashMap<>();
    Fingerprint outside = new Fingerprint()
        .add(settings.drafts()).add(settings.future()).add(String.valueOf(baseUrlOverride));
    Path config = settings.siteDir().resolve(ConfigLoader.FILE_NAME);
    try {
      outside.add(Files.isRegularFile(config) ? Files.readAllBytes(config) : new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config, e);
    }
    // a settings file under a near name is an error (ConfigLoader): one added or taken away changes the build's outcome
    ConfigLoader.misnamed(settings.siteDir()).forEach(p -> outside.add(p.getFileName().toString()));
    // a static/ that is a link is not published (Assets), though its files are listed through it
    outside.add(Files.isSymbolicLink(settings.staticDir()));
    addTree(outside, settings.staticDir(), window, recent, listed);
    long options = outside.add(Templates.fingerprintOf(settings.templatesDir())).value();
    Fingerprint tree = new Fingerprint();
    List<ContentFile> content = addTree(tree, settings.contentDir(), window, recent, listed);
    // read on every core: after a checkout or a copy, every file of the site was written just now;
    // a link leading out of the site is not read (the build refuses it)
    List<Written> written = recent.parallelStream()
        .filter(file -> org.briefing.load.SiteFiles.inside(settings.siteDir(), file.path()))
        .map(file -> {
          Long bytes = bytesOf(file.path());
          return bytes == null ? null : new Written(file.path(), file.size(), file.stamp(), bytes);
        })
        .filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparing(Written::path)).toList();
    return of(options, tree.value(), List.copyOf(content), PublishedAddresses.bytesOf(settings.siteDir()), written,
        java.util.Collections.unmodifiableMap(listed));
  }

  private static InputStamp of(long options, long contentTree, List<ContentFile> content, byte[] published, List<Written> written,
      Map<Path, ContentFile> listed) {
    long outside = new Fingerprint().add(options).add(published).value();
    return new InputStamp(new Fingerprint().add(outside).add(contentTree).value(), outside, content, options, contentTree, written,
        listed);
  }

  /**
   * File {@code file} as the stamp found it, or, when it was not there then,
   * {@link ContentFile#madeSinceTheLook}. A build that records the stamp of a file it copies or
   * reads records this one, taken before anything was read, not one taken as it reads: a file
   * written after the look and again within the same tick would keep that second stamp, and the
   * next build would keep what it read first (a write after the look always changes the stamp
   * from this one).
   */
  public ContentFile listed(Path file) {
    ContentFile found = listed.get(file.toAbsolutePath().normalize());
    return found != null ? found : ContentFile.madeSinceTheLook(file);
  }

  /**
   * The files that the build of {@code last} noted as just written and that now hold other bytes
   * with the size and stamp they had then: edits that no stamp shows ({@link #distrusting}).
   */
  public static Map<Path, Long> changedUnseen(List<Written> last) {
    Map<Path, Long> unseen = new java.util.concurrent.ConcurrentHashMap<>();
    last.parallelStream().forEach(w -> {
      Long bytes = bytesNowIfChangedUnseen(w);
      if (bytes != null) {
        unseen.put(w.path(), bytes);
      }
    });
    return unseen;
  }

  /**
   * These inputs with the files {@code unseen} ({@link #changedUnseen}) given stamps that no build
   * recorded, so that every way of building reads them again, as it reads an edited file: a
   * story among them is an edit, a file of {@code static/} changes what lies outside the stories.
   * The {@link #value} stays what a look finds, for the build after this one to find nothing
   * changed; a build with files {@code unseen} is never up to date.
   */
  public InputStamp distrusting(Map<Path, Long> unseen) {
    if (unseen.isEmpty()) {
      return this;
    }
    Fingerprint mark = new Fingerprint().add("written again with its size and stamp");
    new java.util.TreeMap<>(unseen).forEach((file, bytes) -> mark.add(file.toString()).add(bytes));
    Map<Path, ContentFile> newListed = new java.util.HashMap<>(listed);
    for (Path file : unseen.keySet()) {
      newListed.computeIfPresent(file.toAbsolutePath().normalize(), (key, was) -> distrusted(was, mark));
    }
    List<ContentFile> newContent = content.stream().map(f -> unseen.containsKey(f.path()) ? distrusted(f, mark) : f).toList();
    // a file of static/ changes what lies outside the stories, which the edit way compares; what a
    // look finds (the value, and the parts it is made again from once published addresses are recorded) stays
    boolean outsideContent = newContent.stream().filter(f -> unseen.containsKey(f.path())).count() < unseen.size();
    long newOutside = outsideContent ? new Fingerprint().add(outside).add(mark.value()).value() : outside;
    return new InputStamp(value, newOutside, newContent, options, contentTree, written, java.util.Collections.unmodifiableMap(newListed));
  }

  private static ContentFile distrusted(ContentFile file, Fingerprint mark) {
    return new ContentFile(file.path(), file.size(), new Fingerprint().add(file.stamp()).add(mark.value()).value());
  }

  /** The fingerprint of what file {@code w} holds now, when it holds other bytes with the size and stamp noted; else null. */
  private static Long bytesNowIfChangedUnseen(Written w) {
    ContentFile now;
    try {
      now = FileTree.file(w.path());
    } catch (UncheckedIOException e) {
      return null; // an unreadable file is reported by the build that reads it
    }
    if (now == null || now.size() != w.size() || now.stamp() != w.stamp()) {
      return null; // a change the stamp shows
    }
    Long bytes = bytesOf(w.path());
    return bytes != null && bytes != w.bytes() ? bytes : null;
  }

  /**
   * A fingerprint of the bytes of {@code file} (FNV-1a, read a part at a time: a video of
   * {@code static/} need not fit in memory), or null when it cannot be read (the build that
   * reads it says why).
   */
  private static Long bytesOf(Path file) {
    long h = 0xCBF29CE484222325L;
    byte[] part = new byte[1 << 16];
    try (java.io.InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(part); n >= 0; n = in.read(part)) {
        for (int i = 0; i < n; i++) {
          h = (h ^ (part[i] & 0xff)) * 0x100000001B3L;
        }
      }
      return h;
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
  }

  /**
   * The stamp these inputs have once the build has written {@code published} as the site's record
   * of published addresses ({@link PublishedAddresses}): what the next build finds when nothing
   * else changed.
   */
  public InputStamp withPublished(byte[] published) {
    return of(options, contentTree, content, published, written, listed);
  }

  /**
   * Adds the path, size and modification time of every file under {@code root}, as
   * {@link FileTree} lists them, and returns them. Each file gives a fingerprint of its own and
   * they are summed, so the order in which folders list their files does not matter.
   */
  private static List<ContentFile> addTree(Fingerprint fingerprint, Path root, FileStamp.Window window, List<ContentFile> recent,
      Map<Path, ContentFile> listed) {
    List<ContentFile> files = FileTree.list(root, window, recent);
    int prefix = root.toString().length() + 1;
    long sum = 0;
    for (ContentFile file : files) {
      listed.put(file.path().toAbsolutePath().normalize(), file);
      sum += new Fingerprint().add(file.path().toString().substring(prefix)).add(file.size()).add(file.stamp()).value();
    }
    fingerprint.add(root.toString()).add(files.size()).add(sum);
    return files;
  }
}
