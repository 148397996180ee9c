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
 */
public record InputStamp(long value, long outside, List<ContentFile> content, long options, long contentTree) {

  public static InputStamp of(BuildSettings settings, URI baseUrlOverride) {
    Fingerprint outside = new Fingerprint()
        .add(settings.drafts()).add(settings.future()).add(String.valueOf(baseUrlOverride));
    Path config = settings.siteDir().resolve(ConfigLoader.FILE_NAME);
    try {
      outside.add(Files.isRegularFile(config) ? Files.readAllBytes(config) : new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + config, e);
    }
    // a static/ that is a link is not published (Assets), though its files are listed through it
    outside.add(Files.isSymbolicLink(settings.staticDir()));
    addTree(outside, settings.staticDir());
    long options = outside.add(Templates.fingerprintOf(settings.templatesDir())).value();
    Fingerprint tree = new Fingerprint();
    List<ContentFile> content = addTree(tree, settings.contentDir());
    return of(options, tree.value(), List.copyOf(content), PublishedAddresses.bytesOf(settings.siteDir()));
  }

  private static InputStamp of(long options, long contentTree, List<ContentFile> content, byte[] published) {
    long outside = new Fingerprint().add(options).add(published).value();
    return new InputStamp(new Fingerprint().add(outside).add(contentTree).value(), outside, content, options, contentTree);
  }

  /**
   * The stamp these inputs have once the build has written {@code published} as the site's record
   * of published addresses ({@link PublishedAddresses}): what the next build finds when nothing
   * else changed.
   */
  public InputStamp withPublished(byte[] published) {
    return of(options, contentTree, content, published);
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
      sum += new Fingerprint().add(file.path().toString().substring(prefix)).add(file.size()).add(file.stamp()).value();
    }
    fingerprint.add(root.toString()).add(files.size()).add(sum);
    return files;
  }
}
