package org.briefing.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The analysed documents of one build, each under a key that fingerprints exactly what it was
 * analysed from (the story's fingerprint, the configuration and {@link Analyser#VERSION}): those an
 * earlier build made are reused while their key is asked for again, the others are analysed, on
 * whichever thread asks, with that thread's own {@link Analyser}. Safe for many threads.
 */
public final class Analyses {
  private final Map<Long, AnalysedDocument> earlier;
  private final Map<Long, AnalysedDocument> used = new ConcurrentHashMap<>();
  private final ThreadLocal<Analyser> analysers = ThreadLocal.withInitial(Analyser::new);
  private final AtomicInteger analysed = new AtomicInteger();

  /** @param earlier what earlier builds analysed, by key; read, never changed */
  public Analyses(Map<Long, AnalysedDocument> earlier) {
    this.earlier = earlier;
  }

  /** The analysis under {@code key}: an earlier build's, else that of the document {@code document} gives, made now. */
  public AnalysedDocument of(long key, Supplier<SearchDocument> document) {
    AnalysedDocument done = used.get(key);
    if (done != null) {
      return done;
    }
    // two threads may ask for one document at once (its own file and the fragments): it is analysed once
    return used.computeIfAbsent(key, k -> {
      AnalysedDocument kept = earlier.get(k);
      if (kept != null) {
        return kept;
      }
      analysed.incrementAndGet();
      return analysers.get().analyse(document.get(), k);
    });
  }

  /** How many documents a build analysed, of how many its index has; none for a build that made no index. */
  public record Work(int analysed, int documents) {
    public static final Work NONE = new Work(0, 0);
  }

  /** What this build did: how many documents it analysed, of how many it asked for. */
  public Work work() {
    return new Work(analysed(), asked());
  }

  /** How many documents this build analysed (rather than reused). */
  public int analysed() {
    return analysed.get();
  }

  /** How many documents this build asked for, analysed or reused. */
  public int asked() {
    return used.size();
  }

  /**
   * What the next build can reuse: the analyses this build asked for, or, when it asked for none
   * (its index was not made again), the earlier ones.
   */
  public Map<Long, AnalysedDocument> forNextBuild() {
    return used.isEmpty() ? earlier : Map.copyOf(used);
  }
}
