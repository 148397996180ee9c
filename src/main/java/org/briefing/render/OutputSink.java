package org.briefing.render;

/** Receives the built site's files as they are rendered, from any thread. */
@FunctionalInterface
public interface OutputSink {
  void accept(OutputFile file);
}
