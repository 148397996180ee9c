package org.briefing.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefing.model.Article;
import org.briefing.model.Photo;
import org.briefing.photo.PhotoException;
import org.briefing.photo.PhotoMaker;
import org.briefing.photo.PhotoPlan;
import org.briefing.problem.Problems;
import org.briefing.render.OutputFile;
import org.briefing.render.OutputPaths;
import org.briefing.render.OutputSink;
import org.briefing.render.RenderFilter;

/**
 * Publishes the story photos that are resized (JPEG, PNG and WebP files of the site) as the files
 * of their {@link PhotoPlan}, made on all cores or taken from the photo cache. A photo that cannot
 * be decoded is an error of each story that shows it, naming the file.
 */
final class Photos {
  private Photos() {}

  /**
   * What was published: each file's fingerprint by path, the site paths of the originals
   * ({@code static/} files a resized photo stands for), which are not copied as they are, and the
   * photo each resized file is made from.
   */
  record Published(Map<String, Long> files, Set<String> originals, Map<String, Photo> madeFrom) {}

  private record Job(Path source, Photo photo, List<Article> stories) {}

  static Published publish(List<Article> articles, Path siteDir, PhotoMaker maker, Problems problems, OutputSink sink,
      RenderFilter filter, OutputPaths taken) {
    Map<String, Job> jobs = new LinkedHashMap<>();
    Set<String> originals = new TreeSet<>();
    Map<String, Photo> madeFrom = new TreeMap<>();
    for (Article a : articles) {
      Photo photo = a.image();
      PhotoPlan plan = photo == null || !photo.hasImage() ? null : photo.plan();
      if (plan == null) {
        continue;
      }
      if (photo.file() == null) {
        originals.add(photo.outputPath());
      }
      if (clashes(photo, plan, madeFrom, siteDir, problems)) {
        continue;
      }
      // one job for each file and crop; the stories that share it are named if it fails
      String key = photo.source() + "\n" + photo.outputPath() + "\n" + photo.focus();
      jobs.computeIfAbsent(key, k -> new Job(photo.source(), photo, new ArrayList<>())).stories().add(a);
    }
    Map<String, Long> files = new TreeMap<>();
    List<Job> list = List.copyOf(jobs.values());
    // made on all cores; failures are reported afterwards, in the site's order, so every build reports them alike
    List<Object> made = list.parallelStream().map(job -> {
      try {
        return (Object) maker.make(job.source(), job.photo().info(), job.photo().plan());
      } catch (PhotoException e) {
        return e;
      }
    }).toList();
    maker.releaseScratch();
    for (int i = 0; i < list.size(); i++) {
      if (made.get(i) instanceof PhotoException e) {
        String shown = shown(siteDir, list.get(i).source());
        for (Article story : list.get(i).stories()) {
          problems.error(story.image().srcAt(), "the photo " + shown + " cannot be published: " + e.getMessage(),
              "replace it with a complete JPEG, PNG or WebP file, or remove 'image' from the story");
        }
      }
    }
    for (int i = 0; i < list.size(); i++) {
      if (!(made.get(i) instanceof List<?> set)) {
        continue;
      }
      Job job = list.get(i);
      for (Object item : set) {
        PhotoMaker.Made file = (PhotoMaker.Made) item;
        if (files.containsKey(file.path())) {
          continue; // the same photo, shown by another story
        }
        OutputPaths.Clash clash = taken.clash(file.path());
        if (clash != null) {
          for (Article story : job.stories()) {
            problems.error(story.image().srcAt(), "the photo " + shown(siteDir, job.source())
                + " " + clash.explain(file.path()), "give the photo another file name or folder");
          }
          continue;
        }
        taken.claim(file.path(), "the photo of " + story(siteDir, job.stories().get(0)));
        files.put(file.path(), file.fingerprint());
        if (filter.wanted(file.path(), file.fingerprint())) {
          sink.accept(file.stored().file() != null ? OutputFile.copy(file.path(), file.stored().file())
              : new OutputFile(file.path(), file.stored().bytes(), null));
        }
      }
    }
    return new Published(files, originals, madeFrom);
  }

  /**
   * Whether one of the files {@code photo} is published as is already another picture's (h.jpg and
   * h.png would both make h-card.jpg; k.jpg's card is the address of a photo k-card.jpg): only one
   * could be written, and the other story would show it. An error at the story's image.src,
   * naming both files; else its files are claimed for it.
   */
  private static boolean clashes(Photo photo, PhotoPlan plan, Map<String, Photo> madeFrom, Path siteDir, Problems problems) {
    for (PhotoPlan.Variant file : plan.files()) {
      Photo other = madeFrom.get(file.path());
      if (other != null && !other.source().equals(photo.source())) {
        problems.error(photo.srcAt(), clash(siteDir, photo.source(), other.source(), file.path()),
            "rename one of the two files and its 'image.src': a photo is also published under its name with -240w, -360w, "
                + "-480w, -960w, -1600w or -card added and .jpg or .png, and no other picture may have such a name");
        return true;
      }
    }
    plan.files().forEach(file -> madeFrom.put(file.path(), photo));
    return false;
  }

  /** "the photos static/images/h.png and static/images/h.jpg would both be published as images/h-card.jpg". */
  static String clash(Path siteDir, Path photo, Path other, String path) {
    return "the photos " + shown(siteDir, photo) + " and " + shown(siteDir, other) + " would both be published as " + path;
  }

  static String shown(Path siteDir, Path file) {
    return siteDir.relativize(file).toString().replace('\\', '/');
  }

  static String story(Path siteDir, Article story) {
    return siteDir.toAbsolutePath().relativize(story.file().toAbsolutePath()).toString().replace('\\', '/');
  }
}
