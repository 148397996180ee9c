package org.briefing.problem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one build from any thread, so that all of them are reported together;
 * a problem found again (the same template line failing on many pages) is kept once.
 */
public final class Problems {
  private final Set<Problem> found = new LinkedHashSet<>();

  public synchronized void add(Problem problem) {
    found.add(problem);
  }

  public void error(SourcePosition at, String message, String hint) {
    add(Problem.error(at, message, hint));
  }

  public void warning(SourcePosition at, String message, String hint) {
    add(Problem.warning(at, message, hint));
  }

  public synchronized boolean hasErrors() {
    return found.stream().anyMatch(Problem::isError);
  }

  /** Every problem so far, sorted by file and line. */
  public synchronized List<Problem> all() {
    return found.stream().sorted(Problem.ORDER).toList();
  }

  /** Stops the build with every problem found, when any of them is an error. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new BuildFailure(all());
    }
  }
}
