package org.briefing.rebuild;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefing.pipeline.BuildCache;
import org.briefing.pipeline.SiteGraph;
import org.briefing.problem.Problem;
import org.briefing.search.AnalysedDocument;

/**
 * What the last build kept for the next, as a rebuild after an edit ({@link EditRebuild}) reads
 * it: from the disk cache of {@code briefing build} ({@link CacheStore.Snapshot}) or from the
 * memory of the preview server ({@link BuildPlanner.InMemory}).
 */
interface Kept {
  /** When a story the last build left out for its future date is due (epoch milliseconds). */
  long nextRelease();

  /** The date of the latest story the last full build published: at an earlier moment, it is not due. */
  long lastRelease();

  List<Problem> warnings();

  /** The fingerprints of the last build's output files, by path. */
  Map<String, Long> outputs();

  /** The components of story views each page read when it was last rendered, by path; a page missing read them all. */
  Map<String, Long> fieldsRead();

  /** Whether every file the last build wrote is still where it wrote it. */
  boolean outputsThere();

  /** The graph of the last build's site; null when it kept none. */
  SiteGraph siteGraph();

  /** The position of each story of the {@link #siteGraph} by the path of its file. */
  Map<Path, Integer> storyByFile();

  /**
   * The story at position {@code i} of the site graph. Its body is bound to no build (from disk)
   * or to an earlier one's renderer (from the preview's memory): bind it with
   * {@link BuildCache.Entry#boundTo} before it is rendered.
   */
  BuildCache.Entry entry(int i);

  /** The words of the story at position {@code i} of the site graph. */
  String terms(int i);

  /** How many stories use each word, as the last build counted. */
  Map<String, Integer> documentFrequency();

  /** How many stories {@link #documentFrequency} counted. */
  int documents();

  /** The search index's documents as the last build analysed them, by the key each was analysed under. */
  Map<Long, AnalysedDocument> searchDocuments();

  /** The search index's document the last build analysed under {@code key}, or null: one of {@link #searchDocuments}, found alone. */
  AnalysedDocument searchDocument(long key);

  /** The lists the last build laid the search index out from ({@link org.briefing.search.IndexLists#encode}), or null. */
  byte[] searchLists();
}
