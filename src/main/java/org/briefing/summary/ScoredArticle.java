package org.briefing.summary;

import java.util.List;

/**
 * An article's sentences with what selection needs: content words (as ascending, distinct term
 * numbers), length in words, the score as it stands alone, and the score once the sentence before
 * it is in the summary too.
 */
record ScoredArticle(List<Sentence> sentences, int[][] content, int[] words, double[] score, double[] resolvedScore,
    Referents referents) {

  int size() {
    return sentences.size();
  }

  /** Cosine similarity of two sentences' content-word sets. */
  double similarity(int a, int b) {
    int[] x = content[a];
    int[] y = content[b];
    if (x.length == 0 || y.length == 0) {
      return 0;
    }
    return SentenceGraph.shared(x, y) / Math.sqrt((double) x.length * y.length);
  }
}
