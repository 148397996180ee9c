package org.briefing.pipeline;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.briefing.enrich.SiteShape;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.model.Article;
import org.briefing.model.Placement;
import org.briefing.model.WaitingStory;

/**
 * The graph of stories and pages the last build made, kept in the cache: its stories in site
 * order, each with the stamp of its file, its {@link Placement}, the fingerprint of all of it and
 * the pages that received its view while they were rendered. A rebuild after an edit that leaves
 * every placement as it was runs the indexers on the stored placements, which gives the shape the
 * last build had, and renders only the pages that received an edited story (EditRebuild).
 *
 * @param frame the fingerprint of every input except the stories' own files ({@link #frameOf})
 * @param leftOut story files the build read and left out (drafts, stories dated in the future)
 * @param waiting those stories as edition files may list them
 * @param pages the paths of the pages that show stories, which {@link Story#pages} points into
 */
public record SiteGraph(long frame, List<Story> stories, List<ContentFile> leftOut, List<WaitingStory> waiting, List<String> pages) {

  /**
   * A story: its file's stamp, its placement, its fingerprint, the positions in {@link #pages} of
   * the pages that show it, and its links to addresses with no scheme ({@link Article#links}),
   * which a rebuild after an edit checks with every other story's ({@link OwnLinks}) without reading the story, and the credit
   * it gives its photo file, likewise ({@link org.briefing.enrich.PhotoCredits}).
   */
  public record Story(ContentFile file, Placement placement, long key, int[] pages, List<org.briefing.markdown.WrittenLink> links,
      org.briefing.enrich.PhotoCredits.Credit credit) {
    public Story withFile(ContentFile newFile, long newKey, List<org.briefing.markdown.WrittenLink> newLinks,
        org.briefing.enrich.PhotoCredits.Credit newCredit) {
      return new Story(newFile, placement, newKey, pages, newLinks, newCredit);
    }
  }

  /** The placements of the stories, in site order. */
  public List<Placement> placements() {
    return stories.stream().map(Story::placement).toList();
  }

  /**
   * The fingerprint of everything a build reads except the files of its stories: {@code outside}
   * (configuration, static files, templates, options; see {@link InputStamp}), how many story
   * files there are, and every other file under {@code content/} by path, size and change stamp. An edit
   * that changes only stories leaves it as it was. A story added, removed or renamed changes it:
   * a file that is not a known story counts among the others.
   */
  public static long frameOf(long outside, List<ContentFile> content, Predicate<String> isStory) {
    Frame frame = new Frame();
    for (ContentFile file : content) {
      String path = file.path().toString();
      if (isStory.test(path)) {
        frame.story();
      } else {
        frame.other(path, file);
      }
    }
    return frame.value(outside);
  }

  /** Sums up the files under {@code content/} for {@link #frameOf}, one at a time. */
  public static final class Frame {
    private int stories;
    private int others;
    private long sum;

    public void story() {
      stories++;
    }

    public void other(String path, ContentFile file) {
      others++;
      sum += new Fingerprint().add(path).add(file.size()).add(file.stamp()).value();
    }

    public long value(long outside) {
      return new Fingerprint().add(outside).add(stories).add(others).add(sum).value();
    }
  }

  /**
   * The graph of a site just built: {@code ordered} are its stories in site order, {@code entries}
   * their cache entries by file, {@code keys} their keys by file (the entry's, or for a story
   * given another address, that of the story at it), {@code storyFiles} every story file the build
   * read, {@code waiting} the stories it left out, and {@code shown} the stories (by path) whose views each page received as it was rendered.
   */
  public static SiteGraph of(long frame, SiteShape shape, List<Article> ordered, Map<Path, BuildCache.Entry> entries,
      Map<Path, Long> keys, List<ContentFile> storyFiles, List<WaitingStory> waiting, Map<String, List<String>> shown,
      java.util.function.UnaryOperator<List<org.briefing.markdown.WrittenLink>> linksKept) {
    Map<String, Integer> byPath = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      byPath.put(ordered.get(i).path(), i);
    }
    List<String> pages = new ArrayList<>(new TreeSet<>(shown.keySet()));
    List<List<Integer>> shownOn = new ArrayList<>();
    ordered.forEach(a -> shownOn.add(new ArrayList<>()));
    for (int page = 0; page < pages.size(); page++) {
      for (String story : shown.get(pages.get(page))) {
        List<Integer> on = shownOn.get(byPath.get(story));
        // a page may show a story twice (in a list and among the related ones): it is noted once
        if (on.isEmpty() || on.get(on.size() - 1) != page) {
          on.add(page);
        }
      }
    }
    List<Story> stories = IntStream.range(0, ordered.size()).parallel().mapToObj(i -> {
      BuildCache.Entry entry = entries.get(ordered.get(i).file());
      return new Story(entry.stamp(), shape.stories().get(i), keys.get(ordered.get(i).file()),
          shownOn.get(i).stream().mapToInt(Integer::intValue).toArray(), linksKept.apply(ordered.get(i).links()),
          org.briefing.enrich.PhotoCredits.Credit.of(ordered.get(i)));
    }).toList();
    List<ContentFile> leftOut = storyFiles.stream().filter(f -> !entries.containsKey(f.path())).toList();
    return new SiteGraph(frame, stories, leftOut, waiting, pages);
  }
}
