package org.briefing.problem;

import java.util.List;

/** A build stopped by errors in its input; carries every problem found, warnings included. */
public final class BuildFailure extends RuntimeException {
  private final transient List<Problem> problems;

  public BuildFailure(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public BuildFailure(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * The first moment (epoch milliseconds) at which the same input could build, when every error
   * is one that passes with time ({@link Problem#passes}); else {@link Long#MAX_VALUE}.
   */
  public long passes() {
    List<Problem> errors = errors();
    return errors.isEmpty() || errors.stream().anyMatch(e -> e.passes() == Long.MAX_VALUE) ? Long.MAX_VALUE
        : errors.stream().mapToLong(Problem::passes).min().getAsLong();
  }

  private static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    String first = problems.stream().filter(Problem::isError).findFirst()
        .map(p -> p.position().describe(null) + ": " + p.message()).orElse("no errors");
    return errors == 1 ? first : errors + " errors, the first: " + first;
  }
}
