package org.briefing.rebuild;

import org.briefing.pipeline.BuildCache;


import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.model.Body;
import org.briefing.model.Placement;
import org.briefing.model.WaitingStory;
import org.briefing.pipeline.SiteGraph;
import org.briefing.pipeline.SourceBody;

/**
 * Writes and reads cache entries as compact binary, every record by its components, so that the
 * codec lists no record's fields. A story's body is written as the path of the file it is
 * rendered from again and its fingerprint, and, for the newest stories, with its text.
 */
final class CacheCodec {
  private CacheCodec() {}

  /**
   * Writes an entry without its terms, which the cache keeps apart (an edit looks through all of
   * them at once), and with the text of its body when {@code withText} and the build has it in
   * memory: the feed shows the newest stories' text, and a rebuild after an edit renders the feed.
   */
  static void writeEntry(BuildCache.Entry e, DataOutputStream out, boolean withText) throws IOException {
    Shape shape = RECORDS.get(BuildCache.Entry.class);
    Context context = new Context(null, false, e.stamp().path(), withText);
    for (int i = 0; i < shape.codecs().length; i++) {
      if (i != shape.terms()) {
        shape.codecs()[i].write(out, shape.component(i, e), context);
      }
    }
  }

  /** Reads an entry that {@link #writeEntry} wrote, with the terms kept apart; its body is bound to no build yet. */
  static BuildCache.Entry readEntry(DataInputStream in, String terms) throws IOException {
    Shape shape = RECORDS.get(BuildCache.Entry.class);
    Context context = new Context(null, true, null, false);
    Object[] values = new Object[shape.codecs().length];
    for (int i = 0; i < values.length; i++) {
      values[i] = i == shape.terms() ? terms : shape.codecs()[i].read(in, context);
    }
    return (BuildCache.Entry) shape.make(values);
  }

  /** A record of the cache's own, such as what a build recorded of itself, by its components. */
  static void record(DataOutputStream out, Record value) throws IOException {
    recordOf(value.getClass()).write(out, value, Context.PLAIN);
  }

  static <T extends Record> T record(DataInputStream in, Class<T> type) throws IOException {
    return type.cast(recordOf(type).read(in, Context.PLAIN));
  }

  /**
   * A story's placement, which the indexers read. Placements are written one after another with
   * one {@link Shared} table: the texts, paths and records that many stories have in common
   * (topics, sources, time zones, photo files) are written and read once.
   */
  static void placement(DataOutputStream out, Placement p, Shared shared) throws IOException {
    PLACEMENT.write(out, p, shared.context);
  }

  static Placement placement(DataInputStream in, Shared shared) throws IOException {
    return (Placement) PLACEMENT.read(in, shared.context);
  }

  /** The component of an entry the cache keeps apart. */
  private static final String TERMS = "terms";
  private static final ValueCodec PLACEMENT = codecOf(Placement.class);

  /**
   * The values written so far into one run of records, so that a value equal to one of them is
   * written as its number: a writer fills {@code numbers}, a reader {@code values}, in the same
   * order (a value is numbered once it is whole, after the values inside it).
   */
  static final class Shared {
    private final Map<Object, Integer> numbers = new HashMap<>();
    private final List<Object> values = new ArrayList<>();
    private final Context context = new Context(this, true, null, false);
  }

  /**
   * The table of shared values (null: every value is written whole); for a run of reads on one
   * thread, a buffer that each text is read into before it is decoded; for writing an entry, the
   * story file its body is rendered from and whether its text is kept.
   */
  private static final class Context {
    static final Context PLAIN = new Context(null, false, null, false);

    private final Shared shared;
    private byte[] buffer;
    private final Path bodyFile;
    private final boolean withText;

    Context(Shared shared, boolean buffered, Path bodyFile, boolean withText) {
      this.shared = shared;
      this.buffer = buffered ? new byte[256] : null;
      this.bodyFile = bodyFile;
      this.withText = withText;
    }

    String string(DataInputStream in) throws IOException {
      if (buffer == null) {
        return CacheCodec.string(in);
      }
      int length = in.readInt();
      if (length > buffer.length) {
        buffer = new byte[Math.max(length, 2 * buffer.length)];
      }
      in.readFully(buffer, 0, length);
      return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }
  }

  private interface Writer {
    void write(DataOutputStream out, Object value, Context context) throws IOException;
  }

  private interface Reader {
    Object read(DataInputStream in, Context context) throws IOException;
  }

  /**
   * How the values of one type are written and read, worked out once for each component of each
   * record type; {@code shareable}: whether a value equal to one written before may be written as
   * its number instead.
   */
  private record ValueCodec(boolean shareable, Writer writer, Reader reader) {
    void write(DataOutputStream out, Object value, Context context) throws IOException {
      writer.write(out, value, context);
    }

    Object read(DataInputStream in, Context context) throws IOException {
      return reader.read(in, context);
    }
  }

  /** A record type's components, their codecs, its accessors and canonical constructor, looked up once. */
  private record Shape(String name, ValueCodec[] codecs, Method[] accessors, Constructor<?> constructor, int terms) {
    Object component(int i, Object record) throws IOException {
      try {
        return accessors[i].invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IOException("cannot read a component of a " + name + " for the cache", e);
      }
    }

    Object make(Object[] values) throws IOException {
      try {
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IOException("cannot make a " + name + " from the cache", e);
      }
    }
  }

  private static final ClassValue<Shape> RECORDS = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      ValueCodec[] codecs = new ValueCodec[components.length];
      Method[] accessors = new Method[components.length];
      int terms = -1;
      for (int i = 0; i < components.length; i++) {
        // generic types are worked out once: RecordComponent.getGenericType parses its signature at each call
        codecs[i] = codecOf(components[i].getGenericType());
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        if (type == BuildCache.Entry.class && components[i].getName().equals(TERMS)) {
          terms = i;
        }
      }
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return new Shape(type.getSimpleName(), codecs, accessors, constructor, terms);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no canonical constructor", e);
      }
    }
  };

  /**
   * The codec of {@code type}: a record by each of its components in order, a list by its items,
   * so that no record's fields are listed here by hand; a field added to a record is written with
   * no change to this class. Every value but a primitive has a tag first: null, a value, or the
   * number of an equal value written before in the same {@link Shared} table.
   */
  private static ValueCodec codecOf(Type type) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    // a primitive is never null, nor worth sharing: it has no tag
    return raw.isPrimitive() ? valueCodec(type, raw) : tagged(valueCodec(type, raw));
  }

  private static ValueCodec valueCodec(Type type, Class<?> raw) {
    if (raw == int.class || raw == Integer.class) {
      return new ValueCodec(false, (out, v, c) -> out.writeInt((Integer) v), (in, c) -> in.readInt());
    } else if (raw == long.class || raw == Long.class) {
      return new ValueCodec(false, (out, v, c) -> out.writeLong((Long) v), (in, c) -> in.readLong());
    } else if (raw == boolean.class || raw == Boolean.class) {
      return new ValueCodec(false, (out, v, c) -> out.writeBoolean((Boolean) v), (in, c) -> in.readBoolean());
    } else if (raw == String.class) {
      return new ValueCodec(true, (out, v, c) -> string(out, (String) v), (in, c) -> c.string(in));
    } else if (raw == Path.class) {
      return new ValueCodec(true, (out, v, c) -> string(out, v.toString()), (in, c) -> Path.of(c.string(in)));
    } else if (raw == ZonedDateTime.class) {
      // an instant and its time zone, which many dates share
      ValueCodec zone = tagged(new ValueCodec(true, (out, v, c) -> string(out, ((ZoneId) v).getId()), (in, c) -> ZoneId.of(c.string(in))));
      return new ValueCodec(false, (out, v, c) -> {
        ZonedDateTime t = (ZonedDateTime) v;
        out.writeLong(t.toInstant().getEpochSecond());
        out.writeInt(t.getNano());
        zone.write(out, t.getZone(), c);
      }, (in, c) -> Instant.ofEpochSecond(in.readLong(), in.readInt()).atZone((ZoneId) zone.read(in, c)));
    } else if (raw == LocalDate.class) {
      return new ValueCodec(false, (out, v, c) -> out.writeLong(((LocalDate) v).toEpochDay()), (in, c) -> LocalDate.ofEpochDay(in.readLong()));
    } else if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return new ValueCodec(false, (out, v, c) -> out.writeInt(((Enum<?>) v).ordinal()), (in, c) -> constants[in.readInt()]);
    } else if (raw == List.class) {
      return listOf(codecOf(((ParameterizedType) type).getActualTypeArguments()[0]));
    } else if (raw == int[].class) {
      return new ValueCodec(false, (out, v, c) -> {
        out.writeInt(((int[]) v).length);
        for (int i : (int[]) v) {
          out.writeInt(i);
        }
      }, (in, c) -> {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
          values[i] = in.readInt();
        }
        return values;
      });
    } else if (raw == Map.class) {
      Type[] types = ((ParameterizedType) type).getActualTypeArguments();
      // a map of anything is of YAML values (a story's own fields)
      return types[1] == Object.class ? new ValueCodec(false, (out, v, c) -> value(out, v), (in, c) -> value(in))
          : mapOf(codecOf(types[0]), codecOf(types[1]));
    } else if (raw == Body.class) {
      return new ValueCodec(false, CacheCodec::writeBody, CacheCodec::readBody);
    } else if (raw.isRecord()) {
      return recordOf(raw);
    }
    return new ValueCodec(false, (out, v, c) -> {
      throw new IllegalArgumentException("the build cache cannot store a " + type + "; teach CacheCodec.codecOf");
    }, (in, c) -> {
      throw new IllegalArgumentException("the build cache cannot read a " + type + "; teach CacheCodec.codecOf");
    });
  }

  private static final byte ABSENT = 0;
  private static final byte PRESENT = 1;
  private static final byte SHARED = 2;

  /** {@code codec} for a value that may be null, or written before in the context's {@link Shared} table. */
  private static ValueCodec tagged(ValueCodec codec) {
    return new ValueCodec(false, (out, value, context) -> {
      if (value == null) {
        out.writeByte(ABSENT);
        return;
      }
      Shared shared = codec.shareable() ? context.shared : null;
      Integer number = shared == null ? null : shared.numbers.get(value);
      if (number != null) {
        out.writeByte(SHARED);
        out.writeInt(number);
        return;
      }
      out.writeByte(PRESENT);
      codec.write(out, value, context);
      if (shared != null) {
        shared.numbers.put(value, shared.numbers.size());
      }
    }, (in, context) -> {
      byte tag = in.readByte();
      if (tag == ABSENT) {
        return null;
      }
      Shared shared = codec.shareable() ? context.shared : null;
      if (tag == SHARED && shared != null) {
        int number = in.readInt();
        if (number < 0 || number >= shared.values.size()) {
          throw new IOException("a shared value's number is out of range: " + number);
        }
        return shared.values.get(number);
      } else if (tag != PRESENT) {
        throw new IOException("unknown value tag " + tag);
      }
      Object value = codec.read(in, context);
      if (shared != null) {
        shared.values.add(value);
      }
      return value;
    });
  }

  private static ValueCodec listOf(ValueCodec item) {
    return new ValueCodec(false, (out, value, context) -> {
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object v : list) {
        item.write(out, v, context);
      }
    }, (in, context) -> {
      int n = in.readInt();
      List<Object> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(item.read(in, context));
      }
      return Collections.unmodifiableList(list);
    });
  }

  /** A map, by its entries in order; read back in the same order. */
  private static ValueCodec mapOf(ValueCodec key, ValueCodec value) {
    return new ValueCodec(false, (out, v, context) -> {
      Map<?, ?> map = (Map<?, ?>) v;
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        key.write(out, e.getKey(), context);
        value.write(out, e.getValue(), context);
      }
    }, (in, context) -> {
      int n = in.readInt();
      Map<Object, Object> map = new LinkedHashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        map.put(key.read(in, context), value.read(in, context));
      }
      return Collections.unmodifiableMap(map);
    });
  }

  /** A record, by its components; its shape is looked up when first used, so a record may hold a list of its own kind. */
  private static ValueCodec recordOf(Class<?> type) {
    return new ValueCodec(true, (out, value, context) -> {
      Shape shape = RECORDS.get(type);
      for (int i = 0; i < shape.codecs().length; i++) {
        shape.codecs()[i].write(out, shape.component(i, value), context);
      }
    }, (in, context) -> {
      Shape shape = RECORDS.get(type);
      Object[] values = new Object[shape.codecs().length];
      for (int i = 0; i < values.length; i++) {
        values[i] = shape.codecs()[i].read(in, context);
      }
      return shape.make(values);
    });
  }

  /** A body: the story file it is rendered from again, its fingerprint and, when the context keeps it, its text. */
  private static void writeBody(DataOutputStream out, Object value, Context context) throws IOException {
    Body body = (Body) value;
    string(out, context.bodyFile.toString());
    out.writeLong(body.fingerprint());
    boolean text = context.withText && body instanceof Body.InMemory;
    out.writeBoolean(text);
    if (text) {
      string(out, body.html());
      strings(out, body.paragraphs());
      strings(out, body.asides());
    }
  }

  private static Body readBody(DataInputStream in, Context context) throws IOException {
    Path file = Path.of(string(in));
    long fingerprint = in.readLong();
    return in.readBoolean() ? new Body.InMemory(string(in), strings(in), strings(in), fingerprint) : new SourceBody(file, fingerprint, null, null);
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
    return switch (tag) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case LONG -> in.readLong();
      case DOUBLE -> in.readDouble();
      case TEXT -> string(in);
      case LIST -> {
        List<Object> list = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
          list.add(value(in));
        }
        yield Collections.unmodifiableList(list);
      }
      case MAP -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
          map.put(string(in), value(in));
        }
        yield Collections.unmodifiableMap(map);
      }
      default -> throw new IOException("unknown value tag " + tag);
    };
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

  /** The part of a site graph that an edit changes, kept in the index: the stories' stamps, fingerprints and links. */
  private record Stamps(long frame, List<Stamped> stories, List<ContentFile> leftOut) {}

  private record Stamped(ContentFile file, long key, List<org.briefing.markdown.WrittenLink> links, org.briefing.enrich.PhotoCredits.Credit credit) {}

  /** The part an edit leaves as it was, read only by a rebuild after an edit: placements and pages. */
  private record Structure(List<Placement> placements, List<WaitingStory> waiting, List<String> pages, List<int[]> shownOn) {}

  private static final ValueCodec STAMPS = recordOf(Stamps.class);
  private static final ValueCodec STRUCTURE = recordOf(Structure.class);

  static void writeGraphStories(DataOutputStream out, SiteGraph graph) throws IOException {
    STAMPS.write(out, new Stamps(graph.frame(), graph.stories().stream().map(s -> new Stamped(s.file(), s.key(), s.links(), s.credit())).toList(),
        graph.leftOut()), Context.PLAIN);
  }

  static void writeGraphStructure(DataOutputStream out, SiteGraph graph) throws IOException {
    STRUCTURE.write(out, new Structure(graph.placements(), graph.waiting(), graph.pages(), graph.stories().stream().map(SiteGraph.Story::pages).toList()),
        new Shared().context);
  }

  /** Reads what {@link #writeGraphStories} and {@link #writeGraphStructure} wrote. */
  static SiteGraph readGraph(DataInputStream storiesIn, DataInputStream structureIn) throws IOException {
    Stamps stamps = (Stamps) STAMPS.read(storiesIn, new Context(null, true, null, false));
    Structure structure = (Structure) STRUCTURE.read(structureIn, new Shared().context);
    int count = stamps.stories().size();
    if (structure.placements().size() != count || structure.shownOn().size() != count) {
      throw new IOException("the site graph's two parts are of different sites");
    }
    List<SiteGraph.Story> stories = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Stamped s = stamps.stories().get(i);
      stories.add(new SiteGraph.Story(s.file(), structure.placements().get(i), s.key(), structure.shownOn().get(i), s.links(), s.credit()));
    }
    return new SiteGraph(stamps.frame(), List.copyOf(stories), stamps.leftOut(), structure.waiting(), structure.pages());
  }
}
