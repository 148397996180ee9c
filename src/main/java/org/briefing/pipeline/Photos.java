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
import org.briefing.problem.SourcePosition;
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
   * What was published: each file's fingerprint by path, and the site paths of the originals
   * ({@code static/} files a resized photo stands for), which are not copied as they are.
   */
  record Published(Map<String, Long> files, Set<String> originals) {}

  private record Job(Path source, Photo photo, List<Article> stories) {}

  static Published publish(List<Article> articles, Path siteDir, PhotoMaker maker, Problems problems, OutputSink sink,
      RenderFilter filter, OutputPaths taken) {
    Map<String, Job> jobs = new LinkedHashMap<>();
    Set<String> originals = new TreeSet<>();
    for (Article a : articles) {
      Photo photo = a.image();
      PhotoPlan plan = photo == null || !photo.hasImage() ? null : photo.plan();
      if (plan == null) {
        continue;
      }
      if (photo.file() == null) {
        originals.add(photo.outputPath());
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
        String shown = siteDir.relativize(list.get(i).source()).toString().replace('\\', '/');
        for (Article story : list.get(i).stories()) {
          problems.error(SourcePosition.of(story.file()), "the photo " + shown + " cannot be published: " + e.getMessage(),
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
            problems.error(PhotoLine.of(story.file()), "the photo " + siteDir.relativize(job.source()).toString().replace('\\', '/')
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
    return new Published(files, originals);
  }

  static String story(Path siteDir, Article story) {
    return siteDir.toAbsolutePath().relativize(story.file().toAbsolutePath()).toString().replace('\\', '/');
  }
}
