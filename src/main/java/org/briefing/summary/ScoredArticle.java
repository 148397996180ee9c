package org.briefing.summary;

import java.util.List;
import java.util.Set;

/**
 * An article's sentences with what selection needs: content words, length in words, the score
 * as it stands alone, and the score once the sentence before it is in the summary too.
 */
record ScoredArticle(
    List<Sentence> sentences, List<Set<String>> content, int[] words, double[] score, double[] resolvedScore) {

  int size() {
    return sentences.size();
  }

  /** Cosine similarity of two sentences' content-word sets. */
  double similarity(int a, int b) {
    Set<String> x = content.get(a);
    Set<String> y = content.get(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> large = small == x ? y : x;
    int shared = 0;
    for (String t : small) {
      if (large.contains(t)) {
        shared++;
      }
    }
    return shared / Math.sqrt((double) x.size() * y.size());
  }
}
