package org.briefing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.config.ConfigLoader;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.load.FileTree;
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
 * @param outside the fingerprint of everything but {@code content/}: configuration, static files,
 *     templates and options
 * @param content the files under {@code content/} as {@link FileTree} lists them, in no particular order
 */
public record InputStamp(long value, long outside, List<ContentFile> content) {

  public static InputStamp of(BuildSettings settings, URI baseUrlOverride) {
    Fingerprint outside = new Fingerprint()
        .add(settings.drafts()).add(settings.future()).add(String.valueOf(baseUrlOverride));
    Path config = settings.siteDir().resolve(ConfigLoader.FILE_NAME);
    try {
      outside.add(Files.isRegularFile(config) ? Files.readAllBytes(config) : new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config, e);
    }
    addTree(outside, settings.staticDir());
    long outsideValue = outside.add(Templates.fingerprintOf(settings.templatesDir())).value();
    Fingerprint all = new Fingerprint().add(outsideValue);
    List<ContentFile> content = addTree(all, settings.contentDir());
    return new InputStamp(all.value(), outsideValue, List.copyOf(content));
  }

  /**
   * Adds the path, size and modification time of every file under {@code root}, as
   * {@link FileTree} lists them, and returns them. Each file gives a fingerprint of its own and
   * they are summed, so the order in which folders list their files does not matter.
   */
  private static List<ContentFile> addTree(Fingerprint fingerprint, Path root) {
    List<ContentFile> files = FileTree.list(root);
    int prefix = root.toString().length() + 1;
    long sum = 0;
    for (ContentFile file : files) {
      sum += new Fingerprint().add(file.path().toString().substring(prefix)).add(file.size()).add(file.modified()).value();
    }
    fingerprint.add(root.toString()).add(files.size()).add(sum);
    return files;
  }
}
