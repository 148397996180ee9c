package org.briefing.rebuild;


import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.model.Article;
import org.briefing.model.Site;
import org.briefing.model.Source;

/**
 * The shape of the site the last build made, kept in the cache: its stories in site order, each
 * with the stamp of its file, the fingerprint of its shape and of all of it, its edition, its
 * related stories and the pages that show it; and its editions, topics, sources and months as
 * positions in that order. An edit that leaves the shape of every story as it was leaves all of
 * this as it was too, and then only the pages that show the edited stories need rendering again
 * ({@link EditRebuild}).
 *
 * @param frame the fingerprint of every input except the stories' own files ({@link #frameOf})
 * @param leftOut story files the build read and left out (drafts, stories dated in the future)
 * @param pages the paths of the pages that show stories, which {@link Story#pages} points into
 */
public record SiteGraph(long frame, List<Story> stories, List<ContentFile> leftOut, List<EditionAt> editions, List<GroupAt> topics,
    List<SourceAt> sources, List<MonthAt> months, List<String> pages) {

  /** A story: its file's stamp, its page path, its fingerprints, and positions in site order and in {@link #pages}. */
  record Story(ContentFile file, String path, long shape, long key, LocalDate edition, int[] related, int[] pages) {
    Story withFile(ContentFile newFile, long newKey) {
      return new Story(newFile, path, shape, newKey, edition, related, pages);
    }
  }

  record EditionAt(LocalDate date, String title, String noteHtml, String path, int[] stories) {}

  record GroupAt(String name, String slug, int[] stories) {}

  record SourceAt(Source source, int[] stories) {}

  record MonthAt(YearMonth month, int[] stories) {}

  /**
   * The fingerprint of what a story's place in the site depends on: its file and address, its
   * dates, topics, sources, edition, draft state and photo file. These decide the order of the
   * site, its editions, topics, sources, months, related stories, feeds and sitemaps; everything
   * else about a story reaches pages only through its view.
   */
  static long shapeOf(Article a) {
    Fingerprint f = new Fingerprint().add(a.file().toString()).add(a.slug()).add(a.path());
    moment(f, a.date());
    moment(f, a.updated());
    f.add(a.topics().size());
    a.topics().forEach(f::add);
    f.add(a.sources().size());
    for (Source s : a.sources()) {
      f.add(s.slug()).add(s.name()).add(s.url()).add(s.type()).add(s.accessed()).add(s.publisherSlug()).add(s.publisherName());
    }
    f.add(a.draft() ? 1 : 0).add(a.edition() == null ? -1 : a.edition().toEpochDay());
    if (a.image() != null) {
      f.add(String.valueOf(a.image().file())).add(a.image().outputPath());
    }
    return f.value();
  }

  /** A date as its instant, offset and zone: all that sorting and grouping by day can see of it. */
  private static void moment(Fingerprint f, java.time.ZonedDateTime time) {
    if (time == null) {
      f.add(Long.MIN_VALUE);
    } else {
      f.add(time.toEpochSecond()).add(time.getNano()).add(time.getOffset().getTotalSeconds()).add(time.getZone().getId());
    }
  }

  /**
   * The fingerprint of everything a build reads except the files of its stories: {@code outside}
   * (configuration, static files, templates, options; see {@link InputStamp}), how many story
   * files there are, and every other file under {@code content/} by path, size and time. An edit
   * that changes only stories leaves it as it was. A story added, removed or renamed changes it:
   * a file that is not a known story counts among the others.
   */
  public static long frameOf(long outside, List<ContentFile> content, java.util.function.Predicate<String> isStory) {
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
  static final class Frame {
    private int stories;
    private int others;
    private long sum;

    void story() {
      stories++;
    }

    void other(String path, ContentFile file) {
      others++;
      sum += new Fingerprint().add(path).add(file.size()).add(file.modified()).value();
    }

    long value(long outside) {
      return new Fingerprint().add(outside).add(stories).add(others).add(sum).value();
    }
  }

  /** The map of a site just built, from the stories' cache entries (by file), fingerprints and related stories. */
  public static SiteGraph of(Site site, long frame, Map<Path, BuildCache.Entry> entries, List<ContentFile> storyFiles,
      java.util.function.Function<Article, LocalDate> editionOf, java.util.function.IntFunction<int[]> related,
      Map<String, List<String>> dependencies) {
    List<Article> articles = site.articles();
    Map<Article, Integer> position = new IdentityHashMap<>();
    Map<String, Integer> byPath = new java.util.HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      position.put(articles.get(i), i);
      byPath.put(articles.get(i).path(), i);
    }
    List<String> pages = new ArrayList<>(new java.util.TreeSet<>(dependencies.keySet()));
    List<List<Integer>> shownOn = new ArrayList<>();
    articles.forEach(a -> shownOn.add(new ArrayList<>()));
    for (int page = 0; page < pages.size(); page++) {
      for (String story : dependencies.get(pages.get(page))) {
        List<Integer> on = shownOn.get(byPath.get(story));
        // a page may show a story twice (in a list and among the related ones): it is noted once
        if (on.isEmpty() || on.get(on.size() - 1) != page) {
          on.add(page);
        }
      }
    }
    List<Story> stories = java.util.stream.IntStream.range(0, articles.size()).parallel().mapToObj(i -> {
      Article a = articles.get(i);
      BuildCache.Entry entry = entries.get(a.file());
      return new Story(entry.stamp(), a.path(), entry.shape(), entry.key(), editionOf.apply(a), related.apply(i),
          shownOn.get(i).stream().mapToInt(Integer::intValue).toArray());
    }).toList();
    List<ContentFile> leftOut = storyFiles.stream().filter(f -> !entries.containsKey(f.path())).toList();
    return new SiteGraph(frame, stories, leftOut,
        site.editions().stream().map(e -> new EditionAt(e.date(), e.title(), e.noteHtml(), e.path(), at(e.stories(), position))).toList(),
        site.topics().stream().map(t -> new GroupAt(t.name(), t.slug(), at(t.articles(), position))).toList(),
        site.sources().stream().map(s -> new SourceAt(s.source(), at(s.articles(), position))).toList(),
        site.archive().stream().map(m -> new MonthAt(m.month(), at(m.articles(), position))).toList(),
        pages);
  }

  private static int[] at(List<Article> list, Map<Article, Integer> position) {
    return list.stream().mapToInt(position::get).toArray();
  }

  /** The part that an edit changes (the stories' stamps and fingerprints), written apart from the rest. */
  void writeStories(DataOutputStream out) throws IOException {
    out.writeLong(frame);
    out.writeInt(stories.size());
    for (Story s : stories) {
      stamp(out, s.file());
      CacheCodec.string(out, s.path());
      out.writeLong(s.shape());
      out.writeLong(s.key());
      out.writeLong(s.edition().toEpochDay());
    }
    out.writeInt(leftOut.size());
    for (ContentFile file : leftOut) {
      stamp(out, file);
    }
  }

  /** The part an edit leaves as it was: editions, topics, sources, months, related stories and pages. */
  void writeStructure(DataOutputStream out) throws IOException {
    out.writeInt(editions.size());
    for (EditionAt e : editions) {
      out.writeLong(e.date().toEpochDay());
      CacheCodec.string(out, e.title());
      CacheCodec.string(out, e.noteHtml());
      CacheCodec.string(out, e.path());
      ints(out, e.stories());
    }
    out.writeInt(topics.size());
    for (GroupAt t : topics) {
      CacheCodec.string(out, t.name());
      CacheCodec.string(out, t.slug());
      ints(out, t.stories());
    }
    out.writeInt(sources.size());
    for (SourceAt s : sources) {
      Source source = s.source();
      for (String field : List.of(source.slug(), source.name(), source.url(), source.type(), source.accessed(),
          source.publisherSlug(), source.publisherName())) {
        CacheCodec.string(out, field);
      }
      ints(out, s.stories());
    }
    out.writeInt(months.size());
    for (MonthAt m : months) {
      out.writeInt(m.month().getYear());
      out.writeInt(m.month().getMonthValue());
      ints(out, m.stories());
    }
    CacheCodec.strings(out, pages);
    for (Story s : stories) {
      ints(out, s.related());
      ints(out, s.pages());
    }
  }

  /** Reads what {@link #writeStories} and {@link #writeStructure} wrote. */
  static SiteGraph read(DataInputStream storiesIn, DataInputStream structureIn) throws IOException {
    long frame = storiesIn.readLong();
    int count = storiesIn.readInt();
    List<ContentFile> files = new ArrayList<>(count);
    List<String> paths = new ArrayList<>(count);
    long[] shapes = new long[count];
    long[] keys = new long[count];
    List<LocalDate> editionDates = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      files.add(stamp(storiesIn));
      paths.add(CacheCodec.string(storiesIn));
      shapes[i] = storiesIn.readLong();
      keys[i] = storiesIn.readLong();
      editionDates.add(LocalDate.ofEpochDay(storiesIn.readLong()));
    }
    List<ContentFile> leftOut = new ArrayList<>();
    for (int i = storiesIn.readInt(); i > 0; i--) {
      leftOut.add(stamp(storiesIn));
    }
    DataInputStream in = structureIn;
    List<EditionAt> editions = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      editions.add(new EditionAt(LocalDate.ofEpochDay(in.readLong()), CacheCodec.string(in), CacheCodec.string(in),
          CacheCodec.string(in), ints(in)));
    }
    List<GroupAt> topics = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      topics.add(new GroupAt(CacheCodec.string(in), CacheCodec.string(in), ints(in)));
    }
    List<SourceAt> sources = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      sources.add(new SourceAt(new Source(CacheCodec.string(in), CacheCodec.string(in), CacheCodec.string(in),
          CacheCodec.string(in), CacheCodec.string(in), CacheCodec.string(in), CacheCodec.string(in)), ints(in)));
    }
    List<MonthAt> months = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      months.add(new MonthAt(YearMonth.of(in.readInt(), in.readInt()), ints(in)));
    }
    List<String> pages = CacheCodec.strings(in);
    List<Story> stories = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      stories.add(new Story(files.get(i), paths.get(i), shapes[i], keys[i], editionDates.get(i), ints(in), ints(in)));
    }
    return new SiteGraph(frame, List.copyOf(stories), List.copyOf(leftOut), List.copyOf(editions), List.copyOf(topics),
        List.copyOf(sources), List.copyOf(months), pages);
  }

  private static void stamp(DataOutputStream out, ContentFile file) throws IOException {
    CacheCodec.string(out, file.path().toString());
    out.writeLong(file.size());
    out.writeLong(file.modified());
  }

  private static ContentFile stamp(DataInputStream in) throws IOException {
    return new ContentFile(Path.of(CacheCodec.string(in)), in.readLong(), in.readLong());
  }

  private static void ints(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static int[] ints(DataInputStream in) throws IOException {
    int[] values = new int[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }
}
