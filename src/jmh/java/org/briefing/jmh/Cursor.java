package org.briefing.jmh;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Walks round the corpus, one story per benchmark call, so every story's cost counts. */
@State(Scope.Thread)
public class Cursor {
  private int next;

  int next(int size) {
    int i = next;
    next = i + 1 == size ? 0 : i + 1;
    return i;
  }
}
