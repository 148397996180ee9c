package org.briefing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.load.SiteFiles;
import org.briefing.model.Article;
import org.briefing.model.Photo;
import org.briefing.photo.StaticPicture;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;
import org.briefing.render.OutputFile;
import org.briefing.render.OutputPaths;
import org.briefing.render.OutputSink;
import org.briefing.render.Redirects;
import org.briefing.render.RenderFilter;
import org.briefing.fingerprint.Fingerprint;

/** The files a site publishes besides its pages: the story photos and its {@code static/} folder. */
final class Assets {
  /**
   * The code that tells pictures and takes private metadata out of them (the photo package's classes
   * and this one's), by its classes' fingerprint: no version raised by hand.
   */
  private static final long CLEANING = new Fingerprint().add(org.briefing.fingerprint.PackageCode.of(org.briefing.photo.StaticPicture.class))
      .add(org.briefing.fingerprint.PackageCode.classBytes(Assets.class)).value();

  private Assets() {}

  /**
   * Sends the story photos, resized ({@link Photos}) or, for GIF, SVG and other files stored next to
   * a story, as they are; then the static files that no generated file replaces, when
   * {@code filter} wants them; returns the fingerprint of each (of its content for a resized photo,
   * of its source, size and change stamp for a copy), which tells an incremental build whether to write it again.
   */
  static Map<String, Long> publish(List<Article> articles, java.util.Set<String> generated, org.briefing.model.BuildSettings settings,
      InputStamp stamp, Problems problems, OutputSink sink, RenderFilter filter, org.briefing.photo.PhotoMaker maker) {
    Path staticDir = settings.staticDir();
    Map<String, Long> published = new java.util.TreeMap<>();
    OutputPaths taken = new OutputPaths();
    generated.forEach(path -> taken.claim(path, null));
    Photos.Published photos = Photos.publish(articles, settings.siteDir(), maker, problems, sink, filter, taken);
    published.putAll(photos.files());
    java.util.Set<String> resized = photos.files().keySet();
    photos.originals().forEach(path -> taken.claim(path, "a story's photo"));
    // a photo published as it is (GIF, SVG) is the static file of its path, copied once
    java.util.Set<String> copied = new java.util.HashSet<>();
    for (Article a : articles) {
      if (a.image() != null && a.image().file() != null && !SiteFiles.inside(staticDir.getParent(), a.image().file())) {
        problems.add(SiteFiles.outside(a.image().file()));
      } else if (a.image() != null && a.image().file() != null && a.image().plan() == null && !copied.contains(a.image().outputPath())) {
        String path = a.image().outputPath();
        Photo resizedThere = photos.madeFrom().get(path);
        if (resizedThere != null) {
          problems.error(a.image().srcAt(), Photos.clash(settings.siteDir(), a.image().file(), resizedThere.source(), path),
              "rename one of the two files and its 'image.src'");
          continue;
        }
        OutputPaths.Clash clash = taken.clash(path);
        if (clash != null) {
          problems.error(a.image().srcAt(), "the photo " + path + " " + clash.explain(path), "give the photo another file name or folder");
          continue;
        }
        copied.add(path);
        taken.claim(path, "the photo of " + Photos.story(settings.siteDir(), a));
        copy(path, a.image().file(), stamp, published, sink, filter, problems);
      }
    }
    if (!Files.isDirectory(staticDir)) {
      return published;
    }
    java.util.Set<String> conflictFolders = new java.util.HashSet<>(); // each named once, not once for each file in it
    try {
      for (Path file : org.briefing.load.FileTree.walk(staticDir, false)) {
        String rel = staticDir.relativize(file).toString().replace('\\', '/');
        String copy = org.briefing.load.FileTree.staticConflictCopy(rel);
        boolean link = Files.isSymbolicLink(file);
        boolean looked = copy != null || org.briefing.load.FileTree.isPublishedStaticName(rel);
        if (link && !SiteFiles.inside(staticDir.getParent(), file)) {
          problems.add(SiteFiles.outside(file));
        } else if (link && Files.isDirectory(file)) {
          // not followed: the build does not count the files behind it among its inputs, and would not see them change
          problems.warning(SourcePosition.of(file), (rel.isEmpty() ? "static/ is a link to a folder" : "skipped a link to a folder in static/")
              + ": the files in it are not published", (rel.isEmpty() ? "make static/ a real folder" : "copy the folder itself into static/")
              + ", or link to each of its files: a link to a file inside the site is published");
        } else if (!Files.isRegularFile(file)) {
          // a link to nothing, a pipe or a device: copying a pipe would wait for a program to write into it
          Problem broken = SiteFiles.brokenLink(file);
          Problem noFile = broken != null ? broken : org.briefing.load.FileTree.notAFile(file);
          if (looked && noFile != null) {
            problems.add(noFile);
          }
        } else if (copy != null) {
          if (copy.equals(rel)) {
            problems.warning(SourcePosition.of(file), "this is a copy a sync tool made of a file changed in two places; it is not published",
                org.briefing.load.SyncConflictCopy.HINT);
          } else if (conflictFolders.add(copy)) {
            problems.warning(SourcePosition.of(staticDir.resolve(copy)),
                "this is a copy a sync tool made of a folder changed in two places; nothing in it is published", org.briefing.load.SyncConflictCopy.HINT);
          }
        } else if (org.briefing.load.FileTree.isPublishedStaticName(rel)) {
          // a file, or a link to a file inside the site, which is published at the link's path as a story's photo is
          if (rel.equals(Redirects.FILE) && generated.contains(rel)) {
            continue; // its rules open the generated file
          } else if (photos.originals().contains(rel) || copied.contains(rel)) {
            continue; // a story's photo: published resized, without what its file says of where and how it was taken, or copied already
          } else if (resized.contains(rel)) {
            Photo photo = photos.madeFrom().get(rel);
            problems.error(photo.srcAt(), "the photo " + Photos.shown(settings.siteDir(), photo.source()) + " would be published as "
                + rel + ", which is the address of the file static/" + rel + ": a story linking to one would show the other",
                "rename static/" + rel + ", or the photo and its 'image.src'");
          } else if (generated.contains(rel)) {
            problems.warning(SourcePosition.of(file), "static/" + rel + " has the same path as a generated file and is not published",
                "rename or remove it; to change a theme file, override it in templates/ instead");
          } else if (link && !SiteFiles.publishable(staticDir, file)) {
            problems.warning(SourcePosition.of(file), "static/" + rel + " is a link to " + Files.readSymbolicLink(file).toString().replace('\\', '/')
                + ", which is no file of static/ or a hidden one, and is not published",
                "copy the file itself into static/, or link to a file of static/");
          } else {
            publishStatic(rel, file, stamp, taken, published, sink, filter, problems);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + staticDir, e);
    }
    return published;
  }

  /**
   * Copies the static file {@code file} unless its path clashes with another output: a file or
   * folder where another needs the other is an error; a path that differs only in case from another
   * is an error when an editor's input asked for the other (an alias, a page, a photo), else a
   * warning, and the file is not published, as a static file at a generated file's very path is not.
   */
  private static void publishStatic(String rel, Path file, InputStamp stamp, OutputPaths taken, Map<String, Long> published,
      OutputSink sink, RenderFilter filter, Problems problems) {
    OutputPaths.Clash clash = taken.clash(rel);
    if (clash == null) {
      taken.claim(rel, "static/" + rel);
      copy(rel, file, stamp, published, sink, filter, problems);
    } else if (clash.kind() == OutputPaths.Kind.CASE && (clash.origin() == null || clash.origin().startsWith("static/"))) {
      problems.warning(SourcePosition.of(file), "static/" + rel + " " + clash.explain(rel) + "; it is not published",
          "rename or remove one of the two");
    } else {
      problems.error(SourcePosition.of(file), "static/" + rel + " " + clash.explain(rel), clash.kind() == OutputPaths.Kind.CASE
          ? "rename or remove one of the two" : "rename or move it: a path cannot be a file and a folder at once");
    }
  }

  /**
   * Copies {@code source} to {@code path}, when {@code filter} wants it by the fingerprint of its
   * source, size and stamp as {@code stamp} found them ({@link InputStamp#listed}; a build with no
   * stamp reads the file's own).
   */
  private static void copy(String path, Path source, InputStamp stamp, Map<String, Long> published, OutputSink sink,
      RenderFilter filter, Problems problems) {
    org.briefing.load.ContentLoader.ContentFile file = stamp != null ? stamp.listed(source) : readNow(source);
    long fingerprint = new Fingerprint().add(source.toString()).add(file.size()).add(file.stamp()).value();
    // names the code that cleans pictures (a file of any name may be one, known by its first bytes): a change to it publishes
    // every file again, pictures cleaned anew; only a file to be written is read
    fingerprint = new Fingerprint().add(fingerprint).add(CLEANING).value();
    published.put(path, fingerprint);
    if (filter.wanted(path, fingerprint)) {
      OutputFile output = StaticPicture.isPicture(source) || startsAsPicture(source)
          ? withoutPrivateMetadata(path, source, problems) : OutputFile.copy(path, source);
      if (output != null) {
        sink.accept(output);
      }
    }
  }

  private static boolean startsAsPicture(Path source) {
    try {
      return StaticPicture.startsAsPicture(source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** {@code source} with its size and stamp as they are now, for a build that did not look at its inputs first. */
  private static org.briefing.load.ContentLoader.ContentFile readNow(Path source) {
    try {
      var attributes = org.briefing.fingerprint.FileStamp.read(source);
      return new org.briefing.load.ContentLoader.ContentFile(source, attributes.size(), attributes.stamp());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * A picture of static/ as it is published: without its location, camera, comments and editing
   * history; null, with an error, for an SVG or another picture that cannot be read, as what it holds cannot be
   * checked, and for a picture of a format Briefing cannot clean that holds private metadata (a TIFF's GPS position).
   */
  private static OutputFile withoutPrivateMetadata(String path, Path source, Problems problems) {
    try {
      byte[] bytes = Files.readAllBytes(source);
      byte[] stripped = StaticPicture.cleaned(source, bytes);
      return stripped == bytes ? OutputFile.copy(path, source) : new OutputFile(path, stripped, null);
    } catch (org.briefing.photo.SvgCleaner.Unreadable e) {
      problems.error(SourcePosition.of(source, e.line()), "this SVG cannot be published: " + e.getMessage()
          + "; it is not published unread, as it may hold comments or an editor's notes and file paths",
          "open it in a drawing tool and save it again as plain SVG, or mend the XML at this line");
      return null;
    } catch (StaticPicture.Refused e) {
      problems.error(SourcePosition.of(source, e.line()), e.getMessage(), e.hint());
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }
}
