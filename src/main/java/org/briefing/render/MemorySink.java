package org.briefing.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps the built site in memory, for the preview server and for tests. */
public final class MemorySink implements OutputSink {
  private final List<OutputFile> files = new ArrayList<>();

  @Override
  public synchronized void accept(OutputFile file) {
    files.add(file);
  }

  /** The files sorted by path. */
  public synchronized List<OutputFile> files() {
    List<OutputFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(OutputFile::path));
    return List.copyOf(sorted);
  }
}
