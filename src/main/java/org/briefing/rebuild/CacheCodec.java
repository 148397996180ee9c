package org.briefing.rebuild;

import org.briefing.pipeline.BuildCache;


import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.model.Article;
import org.briefing.model.Body;
import org.briefing.model.Link;
import org.briefing.model.Photo;
import org.briefing.model.Placement;
import org.briefing.pipeline.SiteGraph;
import org.briefing.model.Source;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * Writes and reads cache entries as compact binary. Bodies are not written here: the caller
 * stores them elsewhere and passes a {@link BodyStore} that turns a body into a reference and
 * back.
 */
final class CacheCodec {
  /** Where story bodies live: written once, read back only when a page needs them. */
  interface BodyStore {
    void write(Body body, DataOutputStream out) throws IOException;

    Body read(DataInputStream in) throws IOException;
  }

  private CacheCodec() {}

  /** Writes an entry without its terms, which the cache keeps apart (an edit looks through all of them at once). */
  static void writeEntry(BuildCache.Entry e, DataOutputStream out, BodyStore bodies) throws IOException {
    stamp(out, e.stamp());
    out.writeLong(e.inputKey());
    article(out, e.assembled(), bodies);
    out.writeBoolean(e.summary() != null);
    if (e.summary() != null) {
      summary(out, e.summary());
    }
    out.writeBoolean(e.keyPoints() != null);
    if (e.keyPoints() != null) {
      strings(out, e.keyPoints());
    }
    out.writeLong(e.key());
    problems(out, e.problems());
  }

  static void problems(DataOutputStream out, List<Problem> problems) throws IOException {
    out.writeInt(problems.size());
    for (Problem p : problems) {
      out.writeBoolean(p.isError());
      string(out, p.position().file() == null ? "" : p.position().file().toString());
      out.writeInt(p.position().line());
      out.writeInt(p.position().column());
      string(out, p.message());
      string(out, p.hint() == null ? "" : p.hint());
    }
  }

  static List<Problem> problems(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<Problem> problems = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean error = in.readBoolean();
      String file = string(in);
      SourcePosition at = new SourcePosition(file.isEmpty() ? null : Path.of(file), in.readInt(), in.readInt());
      String message = string(in);
      String hint = string(in);
      problems.add(error ? Problem.error(at, message, hint) : Problem.warning(at, message, hint));
    }
    return List.copyOf(problems);
  }

  /** Reads an entry that {@link #writeEntry} wrote, with the terms kept apart. */
  static BuildCache.Entry readEntry(DataInputStream in, BodyStore bodies, String terms) throws IOException {
    ContentFile stamp = stamp(in);
    long inputKey = in.readLong();
    Article article = article(in, bodies);
    Article.Summary summary = in.readBoolean() ? summary(in) : null;
    List<String> keyPoints = in.readBoolean() ? strings(in) : null;
    long key = in.readLong();
    return new BuildCache.Entry(stamp, inputKey, article, terms, summary, keyPoints, problems(in), key);
  }

  /** A file's path, size and time. */
  static void stamp(DataOutputStream out, ContentFile file) throws IOException {
    string(out, file.path().toString());
    out.writeLong(file.size());
    out.writeLong(file.modified());
  }

  static ContentFile stamp(DataInputStream in) throws IOException {
    return new ContentFile(Path.of(string(in)), in.readLong(), in.readLong());
  }

  /** A story's placement, which the indexers read. */
  static void placement(DataOutputStream out, Placement p) throws IOException {
    string(out, p.file().toString());
    string(out, p.slug());
    string(out, p.path());
    time(out, p.date());
    out.writeBoolean(p.updated() != null);
    if (p.updated() != null) {
      time(out, p.updated());
    }
    strings(out, p.topics());
    sources(out, p.sources());
    string(out, p.edition() == null ? "" : p.edition().toString());
    string(out, p.photoFile() == null ? "" : p.photoFile().toString());
    out.writeBoolean(p.photoOutput() != null);
    if (p.photoOutput() != null) {
      string(out, p.photoOutput());
    }
  }

  static Placement placement(DataInputStream in) throws IOException {
    Path file = Path.of(string(in));
    String slug = string(in);
    String path = string(in);
    ZonedDateTime date = time(in);
    ZonedDateTime updated = in.readBoolean() ? time(in) : null;
    List<String> topics = strings(in);
    List<Source> sources = sources(in);
    String edition = string(in);
    String photoFile = string(in);
    String photoOutput = in.readBoolean() ? string(in) : null;
    return new Placement(file, slug, path, date, updated, topics, sources, edition.isEmpty() ? null : LocalDate.parse(edition),
        photoFile.isEmpty() ? null : Path.of(photoFile), photoOutput);
  }

  private static void sources(DataOutputStream out, List<Source> sources) throws IOException {
    out.writeInt(sources.size());
    for (Source s : sources) {
      strings(out, List.of(s.slug(), s.name(), s.url(), s.type(), s.accessed(), s.publisherSlug(), s.publisherName()));
    }
  }

  private static List<Source> sources(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<Source> sources = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<String> f = strings(in);
      sources.add(new Source(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6)));
    }
    return List.copyOf(sources);
  }

  private static void article(DataOutputStream out, Article a, BodyStore bodies) throws IOException {
    string(out, a.file().toString());
    string(out, a.slug());
    string(out, a.path());
    string(out, a.title());
    time(out, a.date());
    out.writeBoolean(a.updated() != null);
    if (a.updated() != null) {
      time(out, a.updated());
    }
    string(out, a.standfirst());
    out.writeBoolean(a.summary() != null);
    if (a.summary() != null) {
      summary(out, a.summary());
    }
    strings(out, a.topics());
    strings(out, a.places());
    strings(out, a.authors());
    sources(out, a.sources());
    out.writeBoolean(a.image() != null);
    if (a.image() != null) {
      Photo p = a.image();
      strings(out, List.of(p.href(), p.file() == null ? "" : p.file().toString(), p.outputPath(), p.alt(), p.caption(), p.credit()));
    }
    out.writeBoolean(a.draft());
    string(out, a.edition() == null ? "" : a.edition().toString());
    string(out, a.whyItMattersHtml());
    strings(out, a.keyPointsHtml());
    string(out, a.whatsNextHtml());
    out.writeInt(a.goDeeper().size());
    for (Link link : a.goDeeper()) {
      string(out, link.title());
      string(out, link.url());
    }
    value(out, a.extra());
    bodies.write(a.body(), out);
    out.writeInt(a.words());
  }

  @SuppressWarnings("unchecked")
  private static Article article(DataInputStream in, BodyStore bodies) throws IOException {
    Path file = Path.of(string(in));
    String slug = string(in);
    String path = string(in);
    String title = string(in);
    ZonedDateTime date = time(in);
    ZonedDateTime updated = in.readBoolean() ? time(in) : null;
    String standfirst = string(in);
    Article.Summary summary = in.readBoolean() ? summary(in) : null;
    List<String> topics = strings(in);
    List<String> places = strings(in);
    List<String> authors = strings(in);
    List<Source> sources = sources(in);
    Photo image = null;
    if (in.readBoolean()) {
      List<String> f = strings(in);
      image = new Photo(f.get(0), f.get(1).isEmpty() ? null : Path.of(f.get(1)), f.get(2), f.get(3), f.get(4), f.get(5));
    }
    boolean draft = in.readBoolean();
    String edition = string(in);
    String why = string(in);
    List<String> keyPoints = strings(in);
    String next = string(in);
    int linkCount = in.readInt();
    List<Link> links = new ArrayList<>(linkCount);
    for (int i = 0; i < linkCount; i++) {
      links.add(new Link(string(in), string(in)));
    }
    Map<String, Object> extra = (Map<String, Object>) value(in);
    Body body = bodies.read(in);
    int words = in.readInt();
    return new Article(file, slug, path, title, date, updated, standfirst, summary, topics, places, authors,
        sources, image, draft, edition.isEmpty() ? null : LocalDate.parse(edition), why, keyPoints, next,
        List.copyOf(links), extra, body, words);
  }

  private static void summary(DataOutputStream out, Article.Summary s) throws IOException {
    string(out, s.text());
    out.writeByte(s.source().ordinal());
    string(out, s.inBrief());
  }

  private static Article.Summary summary(DataInputStream in) throws IOException {
    return new Article.Summary(string(in), Article.SummarySource.values()[in.readByte()], string(in));
  }

  private static void time(DataOutputStream out, ZonedDateTime t) throws IOException {
    out.writeLong(t.toInstant().getEpochSecond());
    out.writeInt(t.getNano());
    string(out, t.getZone().getId());
  }

  private static ZonedDateTime time(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt()).atZone(ZoneId.of(string(in)));
  }

  private static final byte NULL = 0;
  private static final byte TEXT = 1;
  private static final byte TRUE = 2;
  private static final byte FALSE = 3;
  private static final byte LONG = 4;
  private static final byte DOUBLE = 5;
  private static final byte LIST = 6;
  private static final byte MAP = 7;

  /** A YAML value: text, boolean, number, list or map, nested. */
  private static void value(DataOutputStream out, Object v) throws IOException {
    if (v == null) {
      out.writeByte(NULL);
    } else if (v instanceof Boolean b) {
      out.writeByte(b ? TRUE : FALSE);
    } else if (v instanceof Long n) {
      out.writeByte(LONG);
      out.writeLong(n);
    } else if (v instanceof Double d) {
      out.writeByte(DOUBLE);
      out.writeDouble(d);
    } else if (v instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object item : list) {
        value(out, item);
      }
    } else if (v instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        string(out, e.getKey().toString());
        value(out, e.getValue());
      }
    } else {
      out.writeByte(TEXT);
      string(out, v.toString());
    }
  }

  private static Object value(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    switch (tag) {
      case NULL:
        return null;
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      case LONG:
        return in.readLong();
      case DOUBLE:
        return in.readDouble();
      case LIST: {
        int n = in.readInt();
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          list.add(value(in));
        }
        return Collections.unmodifiableList(list);
      }
      case MAP: {
        int n = in.readInt();
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          map.put(string(in), value(in));
        }
        return Collections.unmodifiableMap(map);
      }
      case TEXT:
        return string(in);
      default:
        throw new IOException("unknown value tag " + tag);
    }
  }

  static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      string(out, s);
    }
  }

  static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(string(in));
    }
    return List.copyOf(list);
  }

  static void string(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String string(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The part that an edit changes (the stories' stamps and fingerprints), read by every build. */
  static void writeGraphStories(DataOutputStream out, SiteGraph graph) throws IOException {
    out.writeLong(graph.frame());
    out.writeInt(graph.stories().size());
    for (SiteGraph.Story s : graph.stories()) {
      stamp(out, s.file());
      out.writeLong(s.key());
    }
    out.writeInt(graph.leftOut().size());
    for (ContentFile file : graph.leftOut()) {
      stamp(out, file);
    }
  }

  /** The part an edit leaves as it was, read only by a rebuild after an edit: placements and pages. */
  static void writeGraphStructure(DataOutputStream out, SiteGraph graph) throws IOException {
    for (SiteGraph.Story s : graph.stories()) {
      placement(out, s.placement());
    }
    strings(out, graph.pages());
    for (SiteGraph.Story s : graph.stories()) {
      ints(out, s.pages());
    }
  }

  /** Reads what {@link #writeGraphStories} and {@link #writeGraphStructure} wrote. */
  static SiteGraph readGraph(DataInputStream storiesIn, DataInputStream structureIn) throws IOException {
    long frame = storiesIn.readLong();
    int count = storiesIn.readInt();
    List<ContentFile> files = new ArrayList<>(count);
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      files.add(stamp(storiesIn));
      keys[i] = storiesIn.readLong();
    }
    List<ContentFile> leftOut = new ArrayList<>();
    for (int i = storiesIn.readInt(); i > 0; i--) {
      leftOut.add(stamp(storiesIn));
    }
    List<Placement> placements = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      placements.add(placement(structureIn));
    }
    List<String> pages = strings(structureIn);
    List<SiteGraph.Story> stories = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      stories.add(new SiteGraph.Story(files.get(i), placements.get(i), keys[i], ints(structureIn)));
    }
    return new SiteGraph(frame, List.copyOf(stories), List.copyOf(leftOut), pages);
  }

  static void ints(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  static int[] ints(DataInputStream in) throws IOException {
    int[] values = new int[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }
}
