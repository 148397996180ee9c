package org.briefing.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The analysed documents of one build, each under a key that fingerprints exactly what it was
 * analysed from (the story's fingerprint, the configuration and {@link SearchCode}): those an
 * earlier build made are reused while their key is asked for again, the others are analysed, on
 * whichever thread asks, with that thread's own {@link Analyser}. Safe for many threads.
 */
public final class Analyses {
  /** What earlier builds analysed, looked up one key at a time. */
  private final java.util.function.LongFunction<AnalysedDocument> earlier;
  /** All of them at once, for a layout that reads every document; {@link #every} once asked for. */
  private final Supplier<Map<Long, AnalysedDocument>> everyEarlier;
  private volatile Map<Long, AnalysedDocument> every;
  private final Map<Long, AnalysedDocument> used = new ConcurrentHashMap<>();
  /** What this build analysed rather than took from an earlier one. */
  private final Map<Long, AnalysedDocument> made = new ConcurrentHashMap<>();
  /** Where this build numbers the strings of what it analyses: that of most earlier analyses, which it goes on adding to. */
  private final Vocabulary vocabulary;
  private final ThreadLocal<Analyser> analysers;
  private final Map<Integer, Long> edited;
  private volatile int laidOut;
  /** The lists the last build laid its index out from, made anew at each call; null when none are known. */
  private final Supplier<IndexLists> kept;
  private volatile IndexLists lists;
  private volatile boolean gathered;

  /** @param earlier what earlier builds analysed, by key; read, never changed */
  public Analyses(Map<Long, AnalysedDocument> earlier) {
    this(earlier::get, () -> earlier, null, () -> null, Vocabulary.mostUsedBy(earlier.values()));
    this.every = earlier;
  }

  /**
   * Analyses for a build after an edit: {@code edited} gives, at the position in site order of
   * each story the edit changed, the fingerprint that story had in the last build, whose index
   * was laid out from the analyses {@code earlier} finds (all of them: {@code every}) and is in
   * the output; only the fragments those stories' old and new analyses reach are then laid out
   * again, from {@code kept}'s lists when they are those of the last build's documents
   * ({@link #keptLists}). What it analyses is numbered in a vocabulary of its own: it is a few documents.
   */
  public Analyses(java.util.function.LongFunction<AnalysedDocument> earlier, Supplier<Map<Long, AnalysedDocument>> every,
      Map<Integer, Long> edited, Supplier<IndexLists> kept) {
    this(earlier, every, edited, kept, new Vocabulary());
  }

  private Analyses(java.util.function.LongFunction<AnalysedDocument> earlier, Supplier<Map<Long, AnalysedDocument>> every,
      Map<Integer, Long> edited, Supplier<IndexLists> kept, Vocabulary vocabulary) {
    this.earlier = earlier;
    this.everyEarlier = every;
    this.kept = kept;
    this.edited = edited == null ? null : Map.copyOf(edited);
    this.vocabulary = vocabulary;
    this.analysers = ThreadLocal.withInitial(() -> new Analyser(vocabulary));
  }

  /**
   * Notes that the build is about to ask for every document: the earlier analyses are then read
   * all at once, not looked up one at a time.
   */
  public void askingForEvery() {
    if (every == null) {
      every = everyEarlier.get();
    }
  }

  /**
   * The story fingerprints of the last build at the positions of the stories an edit changed, or
   * null when the last build's index is not known to be in the output (all is laid out).
   */
  public Map<Integer, Long> edited() {
    return edited;
  }

  /** The analysis an earlier build made under {@code key}, or null. */
  public AnalysedDocument earlier(long key) {
    Map<Long, AnalysedDocument> all = every;
    return all != null ? all.get(key) : earlier.apply(key);
  }

  /**
   * The lists the last build laid its index out from, as it kept them, for this build to change
   * (a copy of its own); null when none were kept.
   */
  public IndexLists keptLists() {
    return kept.get();
  }

  /**
   * Notes that the build laid out {@code laidOut} of the index's fragments, from {@code lists},
   * which it {@code gathered} from every document (else brought the kept ones up to date).
   */
  public void laidOut(int laidOut, IndexLists lists, boolean gathered) {
    this.laidOut = laidOut;
    this.lists = lists;
    this.gathered = gathered;
  }

  /** The lists this build laid its index out from; null when it laid out none. */
  public IndexLists lists() {
    return lists;
  }

  /**
   * The lists for the next build to keep, encoded: those this build gathered from every document;
   * null when it laid out no index, or brought the kept ones up to date (which the next build does
   * again from the same kept lists, rather than this one writing them anew).
   */
  public byte[] listsToKeep() {
    return gathered ? lists.encode() : null;
  }

  /** The analysis under {@code key}: an earlier build's, else that of the document {@code document} gives, made now. */
  public AnalysedDocument of(long key, Supplier<SearchDocument> document) {
    AnalysedDocument done = used.get(key);
    if (done != null) {
      return done;
    }
    // two threads may ask for one document at once (its result file and the fragments): it is analysed once
    return used.computeIfAbsent(key, k -> {
      AnalysedDocument kept = earlier(k);
      if (kept != null) {
        return kept;
      }
      AnalysedDocument now = analysers.get().analyse(document.get(), k);
      made.put(k, now);
      return now;
    });
  }

  /**
   * How many documents a build analysed, of how many its index has, and how many of its fragments
   * it laid out, of how many; none for a build that made no index.
   */
  public record Work(int analysed, int documents, int laidOut, int fragments) {
    public static final Work NONE = new Work(0, 0, 0, 0);
  }

  /** What this build did: how many documents it analysed, of how many its index has, and how many fragments it laid out. */
  public Work work() {
    // an edit laid out from the kept lists asks for the edited documents alone; the index has them all
    return new Work(analysed(), lists != null ? lists.size() : asked(), laidOut, lists != null ? lists.count : 0);
  }

  /** How many documents this build analysed (rather than reused). */
  public int analysed() {
    return made.size();
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
    return used.isEmpty() ? everyEarlier.get() : Map.copyOf(used);
  }

  /** The analyses this build made rather than took from an earlier one, by key. */
  public Map<Long, AnalysedDocument> made() {
    return Map.copyOf(made);
  }
}
