package org.briefing.load;

import java.nio.file.Path;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.InputLimits;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Stops a YAML document whose mappings and lists go deeper than {@link InputLimits#YAML_DEPTH}
 * before the composer, which calls itself for each level, runs out of stack.
 */
final class NestingLimit implements Parser {
  private final Parser parser;
  private final Path file;
  private final int firstLine;
  private int depth;

  NestingLimit(Parser parser, Path file, int firstLine) {
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
        if (++depth > InputLimits.YAML_DEPTH) {
          int line = event.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
          int column = event.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
          throw new BuildFailure(Problem.error(new SourcePosition(file, line, column),
              "the fields and lists here are nested more than " + InputLimits.YAML_DEPTH + " levels deep",
              "write the value with fewer levels of indentation or brackets; front matter and settings rarely need more than three"));
        }
      }
      case MappingEnd, SequenceEnd -> depth--;
      default -> { }
    }
    return event;
  }
}
