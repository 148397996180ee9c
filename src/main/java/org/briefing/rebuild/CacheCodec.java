package org.briefing.rebuild;

import org.briefing.pipeline.BuildCache;


import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.load.ContentLoader.ContentFile;
import org.briefing.model.Body;
import org.briefing.model.Placement;
import org.briefing.pipeline.SiteGraph;
import org.briefing.problem.Problem;

/**
 * Writes and reads cache entries as compact binary, every record by its components, so that the
 * codec lists no record's fields. Bodies are not written here: the caller
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
    Shape shape = RECORDS.get(BuildCache.Entry.class);
    for (int i = 0; i < shape.components().length; i++) {
      if (!shape.components()[i].getName().equals(TERMS)) {
        write(out, shape.types()[i], component(shape.components()[i], e), bodies);
      }
    }
  }

  /** Reads an entry that {@link #writeEntry} wrote, with the terms kept apart. */
  static BuildCache.Entry readEntry(DataInputStream in, BodyStore bodies, String terms) throws IOException {
    Shape shape = RECORDS.get(BuildCache.Entry.class);
    Object[] values = new Object[shape.components().length];
    for (int i = 0; i < values.length; i++) {
      RecordComponent c = shape.components()[i];
      values[i] = c.getName().equals(TERMS) ? terms : read(in, shape.types()[i], bodies);
    }
    return (BuildCache.Entry) shape.make(values);
  }

  static void problems(DataOutputStream out, List<Problem> problems) throws IOException {
    write(out, PROBLEMS, problems, null);
  }

  @SuppressWarnings("unchecked")
  static List<Problem> problems(DataInputStream in) throws IOException {
    return (List<Problem>) read(in, PROBLEMS, null);
  }

  /** A file's path, size and time. */
  static void stamp(DataOutputStream out, ContentFile file) throws IOException {
    write(out, ContentFile.class, file, null);
  }

  static ContentFile stamp(DataInputStream in) throws IOException {
    return (ContentFile) read(in, ContentFile.class, null);
  }

  /** A story's placement, which the indexers read. */
  static void placement(DataOutputStream out, Placement p) throws IOException {
    write(out, Placement.class, p, null);
  }

  static Placement placement(DataInputStream in) throws IOException {
    return (Placement) read(in, Placement.class, null);
  }

  /** The component of an entry the cache keeps apart. */
  private static final String TERMS = "terms";
  private static final Type PROBLEMS = componentType(BuildCache.Entry.class, "problems");

  /** A record type's components and canonical constructor, looked up once. */
  private record Shape(RecordComponent[] components, Type[] types, Constructor<?> constructor) {
    Object make(Object[] values) throws IOException {
      try {
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IOException("cannot make a " + constructor.getDeclaringClass().getSimpleName() + " from the cache", e);
      }
    }
  }

  private static final ClassValue<Shape> RECORDS = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        // generic types are worked out once: RecordComponent.getGenericType parses its signature at each call
        return new Shape(components, java.util.Arrays.stream(components).map(RecordComponent::getGenericType).toArray(Type[]::new),
            constructor);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no canonical constructor", e);
      }
    }
  };

  private static Type componentType(Class<?> record, String name) {
    return java.util.Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).findFirst()
        .orElseThrow().getGenericType();
  }

  private static Object component(RecordComponent c, Object record) throws IOException {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IOException("cannot read " + c.getName() + " of a " + record.getClass().getSimpleName(), e);
    }
  }

  /**
   * Writes {@code value} as its type says: a record by each of its components in order, a list by
   * its items, so that no record's fields are listed here by hand; a field added to a record is
   * written with no change to this class. Every value but a primitive has a flag for null first.
   */
  private static void write(DataOutputStream out, Type type, Object value, BodyStore bodies) throws IOException {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == int.class) {
      out.writeInt((Integer) value);
      return;
    } else if (raw == long.class) {
      out.writeLong((Long) value);
      return;
    } else if (raw == boolean.class) {
      out.writeBoolean((Boolean) value);
      return;
    }
    out.writeBoolean(value != null);
    if (value == null) {
      return;
    }
    if (raw == String.class) {
      string(out, (String) value);
    } else if (raw == Path.class) {
      string(out, value.toString());
    } else if (raw == ZonedDateTime.class) {
      ZonedDateTime t = (ZonedDateTime) value;
      out.writeLong(t.toInstant().getEpochSecond());
      out.writeInt(t.getNano());
      string(out, t.getZone().getId());
    } else if (raw == LocalDate.class) {
      out.writeLong(((LocalDate) value).toEpochDay());
    } else if (raw.isEnum()) {
      out.writeInt(((Enum<?>) value).ordinal());
    } else if (raw == List.class) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object v : list) {
        write(out, item, v, bodies);
      }
    } else if (raw == Map.class) {
      value(out, value);
    } else if (raw == Body.class) {
      bodies.write((Body) value, out);
    } else if (raw.isRecord()) {
      Shape shape = RECORDS.get(raw);
      for (int i = 0; i < shape.components().length; i++) {
        write(out, shape.types()[i], component(shape.components()[i], value), bodies);
      }
    } else {
      throw new IllegalArgumentException("the build cache cannot store a " + type + "; teach CacheCodec.write and read");
    }
  }

  private static Object read(DataInputStream in, Type type, BodyStore bodies) throws IOException {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == int.class) {
      return in.readInt();
    } else if (raw == long.class) {
      return in.readLong();
    } else if (raw == boolean.class) {
      return in.readBoolean();
    }
    if (!in.readBoolean()) {
      return null;
    }
    if (raw == String.class) {
      return string(in);
    } else if (raw == Path.class) {
      return Path.of(string(in));
    } else if (raw == ZonedDateTime.class) {
      return Instant.ofEpochSecond(in.readLong(), in.readInt()).atZone(ZoneId.of(string(in)));
    } else if (raw == LocalDate.class) {
      return LocalDate.ofEpochDay(in.readLong());
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[in.readInt()];
    } else if (raw == List.class) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      int n = in.readInt();
      List<Object> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(read(in, item, bodies));
      }
      return Collections.unmodifiableList(list);
    } else if (raw == Map.class) {
      return value(in);
    } else if (raw == Body.class) {
      return bodies.read(in);
    } else if (raw.isRecord()) {
      Shape shape = RECORDS.get(raw);
      Object[] values = new Object[shape.components().length];
      for (int i = 0; i < values.length; i++) {
        values[i] = read(in, shape.types()[i], bodies);
      }
      return shape.make(values);
    }
    throw new IllegalArgumentException("the build cache cannot read a " + type + "; teach CacheCodec.write and read");
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
