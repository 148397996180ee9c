package org.briefing.rebuild;

import org.briefing.pipeline.BuildCache;
import org.briefing.pipeline.SiteGraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.model.Article;
import org.briefing.model.Body;
import org.briefing.model.Placement;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * A story's cache record gives back every component of the story, and of the records in it,
 * as it was written. The components are enumerated here by reflection, each given a value unlike
 * any default, so a field added to {@link Article} (or to a source, photo, link or summary) that
 * the codec does not write fails this test; a field of a type the test has no sample for fails it too.
 */
class CacheCodecRoundTripTest {
  @Test
  void aCachedStoryComesBackWithEveryComponentAsItWasWritten() throws Exception {
    Article article = (Article) sample(Article.class, "story");
    Article.Summary summary = new Article.Summary("A summary.", Article.SummarySource.AUTOMATIC, "In brief.");
    BuildCache.Entry entry = new BuildCache.Entry(new ContentFile(Path.of("content/stories/a.md"), 123, 456), 789, article,
        "terms", summary, List.of("<b>point</b>"), List.of(Problem.warning(new SourcePosition(Path.of("content/stories/a.md"), 3, 4),
            "a warning", "a hint")), 11);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      CacheCodec.writeEntry(entry, out, true);
    }
    BuildCache.Entry read = CacheCodec.readEntry(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "terms");

    assertSameComponents("Entry", entry, read);
  }

  @Test
  void whatABuildRecordsOfItselfComesBackWithEveryComponentAsItWasWritten() throws Exception {
    CacheStore.LastBuild last = (CacheStore.LastBuild) sample(CacheStore.LastBuild.class, "last");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      CacheCodec.record(out, last);
    }
    CacheStore.LastBuild read = CacheCodec.record(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
        CacheStore.LastBuild.class);

    assertSameComponents("LastBuild", last, read);
  }

  @Test
  void aStoredPlacementComesBackWithEveryComponentAsItWasWritten() throws Exception {
    Placement placement = (Placement) sample(Placement.class, "placement");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      CacheCodec.placement(out, placement, new CacheCodec.Shared());
    }
    Placement read = CacheCodec.placement(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), new CacheCodec.Shared());

    assertSameComponents("Placement", placement, read);
    assertThat(read).as("equal, as the edit path compares them").isEqualTo(placement);
  }

  @Test
  void whatPlacementsHaveInCommonIsWrittenOnceAndComesBackEqual() throws Exception {
    Placement first = (Placement) sample(Placement.class, "placement");
    // another story on the same topics, citing the same sources, with the same photo and time zone
    Placement second = (Placement) with(first, Map.of("file", Path.of("content/stories/other.md"), "slug", "other",
        "path", "2021/10/18/other/", "date", first.date().plusDays(1), "sources", List.copyOf(first.sources())));
    ByteArrayOutputStream alone = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(alone)) {
      CacheCodec.placement(out, second, new CacheCodec.Shared());
    }
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    CacheCodec.Shared written = new CacheCodec.Shared();
    int secondSize;
    try (DataOutputStream out = new DataOutputStream(both)) {
      CacheCodec.placement(out, first, written);
      int before = both.size();
      CacheCodec.placement(out, second, written);
      secondSize = both.size() - before;
    }
    assertThat(secondSize).as("the second placement, after one with the same topics, sources, photo and zone")
        .isLessThan(alone.size() / 2);

    DataInputStream in = new DataInputStream(new ByteArrayInputStream(both.toByteArray()));
    CacheCodec.Shared read = new CacheCodec.Shared();
    Placement firstRead = CacheCodec.placement(in, read);
    Placement secondRead = CacheCodec.placement(in, read);
    assertSameComponents("Placement", first, firstRead);
    assertSameComponents("Placement", second, secondRead);
    assertThat(List.of(firstRead, secondRead)).containsExactly(first, second);
    assertThat(in.available()).isZero();
  }

  @Test
  void aStoredSiteGraphComesBackWithEveryComponentAsItWasWritten() throws Exception {
    SiteGraph.Story story = new SiteGraph.Story(new ContentFile(Path.of("content/stories/a.md"), 12, 34),
        (Placement) sample(Placement.class, "placement"), 56, new int[] {0, 2},
        List.of(new org.briefing.markdown.WrittenLink(7, "../17/other/", false), new org.briefing.markdown.WrittenLink(9, "/images/map.png", true)),
        new org.briefing.enrich.PhotoCredits.Credit(Path.of("static/images/map.png"), "Ana Ruiz/Reuters"));
    SiteGraph graph = new SiteGraph(78, List.of(story), List.of(new ContentFile(Path.of("content/stories/draft.md"), 9, 10)),
        List.of(new org.briefing.model.WaitingStory("a-draft", java.time.LocalDate.of(2021, 10, 18), "2021/10/18/a-draft/", true)),
        List.of("index.html", "topics/index.html", "2021/10/17/a/index.html"));
    ByteArrayOutputStream stories = new ByteArrayOutputStream();
    ByteArrayOutputStream structure = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(stories); DataOutputStream more = new DataOutputStream(structure)) {
      CacheCodec.writeGraphStories(out, graph);
      CacheCodec.writeGraphStructure(more, graph);
    }
    SiteGraph read = CacheCodec.readGraph(new DataInputStream(new ByteArrayInputStream(stories.toByteArray())),
        new DataInputStream(new ByteArrayInputStream(structure.toByteArray())));

    assertThat(read.frame()).isEqualTo(graph.frame());
    assertThat(read.leftOut()).isEqualTo(graph.leftOut());
    assertThat(read.waiting()).isEqualTo(graph.waiting());
    assertThat(read.pages()).isEqualTo(graph.pages());
    assertThat(read.stories()).hasSize(1);
    SiteGraph.Story got = read.stories().get(0);
    assertThat(got.file()).isEqualTo(story.file());
    assertThat(got.placement()).isEqualTo(story.placement());
    assertThat(got.key()).isEqualTo(story.key());
    assertThat(got.pages()).containsExactly(story.pages());
    assertThat(got.links()).isEqualTo(story.links());
    assertThat(got.credit()).isEqualTo(story.credit());
    assertThat(SiteGraph.Story.class.getRecordComponents()).as("a component added to a graph's story is checked here too")
        .extracting(RecordComponent::getName).containsExactly("file", "placement", "key", "pages", "links", "credit");
  }

  /** {@code record} with the components named in {@code changes} replaced. */
  private static Record with(Record record, Map<String, Object> changes) throws Exception {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      args[i] = changes.containsKey(name) ? changes.get(name) : components[i].getAccessor().invoke(record);
      types[i] = components[i].getType();
    }
    return record.getClass().getDeclaredConstructor(types).newInstance(args);
  }

  private static void assertSameComponents(String where, Record expected, Record actual) throws Exception {
    for (RecordComponent c : expected.getClass().getRecordComponents()) {
      Object want = c.getAccessor().invoke(expected);
      Object got = c.getAccessor().invoke(actual);
      String name = where + "." + c.getName();
      if (want instanceof Body body) {
        assertThat(((Body) got).html()).as(name).isEqualTo(body.html());
        assertThat(((Body) got).paragraphs()).as(name).isEqualTo(body.paragraphs());
      } else if (want instanceof Record record && got instanceof Record) {
        assertSameComponents(name, record, (Record) got);
      } else if (want instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
        assertThat((List<?>) got).as(name).hasSameSizeAs(list);
        for (int i = 0; i < list.size(); i++) {
          assertSameComponents(name + "[" + i + "]", (Record) list.get(i), (Record) ((List<?>) got).get(i));
        }
      } else {
        assertThat(got).as(name).isEqualTo(want);
      }
    }
  }

  /** A value of {@code type} unlike any default: texts named after the component, numbers not zero, flags true. */
  private static Object sample(Type type, String name) throws Exception {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return List.of(sample(p.getActualTypeArguments()[0], name + "1"), sample(p.getActualTypeArguments()[0], name + "2"));
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class && p.getActualTypeArguments()[1] != Object.class) {
      Map<Object, Object> map = new LinkedHashMap<>();
      map.put(sample(p.getActualTypeArguments()[0], name + "-z"), sample(p.getActualTypeArguments()[1], name + "-z"));
      map.put(sample(p.getActualTypeArguments()[0], name + "-a"), sample(p.getActualTypeArguments()[1], name + "-a"));
      return map;
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put(name + "-z", "text");
      map.put(name + "-a", List.of("one", 2L, 2.5, true, Map.of("k", "v")));
      return map;
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return name + " value";
    } else if (c == Path.class) {
      return Path.of("content/stories/" + name + ".md");
    } else if (c == ZonedDateTime.class) {
      return ZonedDateTime.of(2021, 10, name.length() % 27 + 1, 14, 30, 5, 0, ZoneId.of("Europe/Brussels"));
    } else if (c == LocalDate.class) {
      return LocalDate.of(2021, 10, 17);
    } else if (c == boolean.class) {
      return true;
    } else if (c == int.class) {
      return 41 + name.length();
    } else if (c == long.class || c == Long.class) {
      return 4100L + name.length();
    } else if (c.isEnum()) {
      Object[] values = c.getEnumConstants();
      return values[values.length - 1];
    } else if (c == Body.class) {
      return new Body.InMemory("<p>" + name + "</p><h2>" + name + "</h2>", List.of(name), List.of(name + " heading"));
    } else if (c.isRecord()) {
      RecordComponent[] components = c.getRecordComponents();
      Object[] args = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        args[i] = sample(components[i].getGenericType(), name + "." + components[i].getName());
        types[i] = components[i].getType();
      }
      return c.getDeclaredConstructor(types).newInstance(args);
    }
    throw new AssertionError("no sample value for a " + type + " (" + name + "): add one to this test");
  }
}
