package org.briefing.load;

import java.nio.file.Path;
import java.util.Optional;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Checks the parser's events before the composer sees them: mappings and lists nested deeper than
 * {@link InputLimits#YAML_DEPTH} stop before the composer, which calls itself for each level, runs
 * out of stack; more aliases than {@link InputLimits#YAML_ALIAS_COPIES} (each copies a value at
 * least) stop at the alias that passes the limit; and a tag ({@code !!binary}, {@code !foo}) asks for
 * something Briefing does not do.
 */
final class ParserGuard implements Parser {
  private static final String YAML_TAGS = "tag:yaml.org,2002:";

  private final Parser parser;
  private final Path file;
  private final int firstLine;
  private int depth;
  private int aliases;

  ParserGuard(Parser parser, Path file, int firstLine) {
    this.parser = parser;
    this.file = file;
    this.firstLine = firstLine;
  }

  @Override
  public boolean checkEvent(Event.ID id) {
    return parser.checkEvent(id);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public Event next() {
    Event event = parser.next();
    switch (event.getEventId()) {
      case MappingStart, SequenceStart -> {
        refuseTag(((CollectionStartEvent) event).getTag(), event.getEventId() == Event.ID.MappingStart ? "map" : "seq", event);
        if (++depth > InputLimits.YAML_DEPTH) {
          throw new BuildFailure(Problem.error(position(event.getStartMark()),
              "the fields and lists here are nested more than " + InputLimits.YAML_DEPTH + " levels deep",
              "write the value with fewer levels of indentation or brackets; front matter and settings rarely need more than three"));
        }
      }
      case MappingEnd, SequenceEnd -> depth--;
      case Scalar -> refuseTag(((ScalarEvent) event).getTag(), "str", event);
      case Alias -> {
        // the converter counts what each alias copies at the field's line (YamlValues); this stops a file of
        // aliases before it is composed, with the same message, since each alias copies one value at least
        if (++aliases > InputLimits.YAML_ALIAS_COPIES) {
          throw new BuildFailure(Problem.error(SourcePosition.of(file, position(event.getStartMark()).line()),
              "the aliases of this file copy more than " + InputLimits.YAML_ALIAS_COPIES + " values",
              "write the values out, or use fewer aliases; each one copies the value it names"));
        }
      }
      default -> { }
    }
    return event;
  }

  /**
   * YAML reads {@code title: !!binary SGVsbG8=} as bytes and {@code !foo Hello} as a value of an
   * application's own kind; Briefing takes every value as written, so the tag was ignored and the
   * editor's intent lost without a word. A tag that says what the value is anyway ({@code !!str}
   * on text, {@code !!map} on fields, {@code !!seq} on a list, or YAML's {@code !}) changes nothing.
   */
  private void refuseTag(Optional<String> tag, String kind, Event event) {
    if (tag.isEmpty() || tag.get().equals("!") || tag.get().equals(YAML_TAGS + kind)) {
      return;
    }
    String written = tag.get().startsWith(YAML_TAGS) ? "!!" + tag.get().substring(YAML_TAGS.length()) : tag.get();
    throw new BuildFailure(Problem.error(position(event.getStartMark()),
        "the YAML tag '" + written + "' asks for a value of another kind, which Briefing does not read: it takes every value as written",
        "delete '" + written + "' and write the value itself; to keep a value as text exactly as typed, put it in quotes"));
  }

  private SourcePosition position(Optional<Mark> mark) {
    return new SourcePosition(file, mark.map(m -> firstLine + m.getLine()).orElse(firstLine), mark.map(m -> m.getColumn() + 1).orElse(0));
  }
}
