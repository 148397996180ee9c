package org.briefing.summary.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.summary.Terms;

/**
 * ROUGE-N and ROUGE-L (Lin, 2004) between a candidate summary and one reference. Both texts are
 * lower-cased and cut into letter-and-digit tokens; no stemming and no stop-word removal.
 * N-gram matches are clipped to the count in the reference; ROUGE-L uses the longest common
 * subsequence of the two whole token sequences.
 */
public final class Rouge {
  private final Terms terms = new Terms();

  /** The tokens ROUGE compares for {@code text}. */
  public List<String> tokens(String text) {
    return terms.tokens(text);
  }

  /** ROUGE-N of two texts. */
  public RougeScore rougeN(String candidate, String reference, int n) {
    return rougeN(tokens(candidate), tokens(reference), n);
  }

  /** ROUGE-N of two token sequences. */
  public RougeScore rougeN(List<String> candidate, List<String> reference, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n-gram length must be at least 1, got " + n);
    }
    Map<List<String>, Integer> wanted = ngrams(reference, n);
    long matches = 0;
    for (Map.Entry<List<String>, Integer> e : ngrams(candidate, n).entrySet()) {
      matches += Math.min(e.getValue(), wanted.getOrDefault(e.getKey(), 0));
    }
    return RougeScore.of(matches, Math.max(0, candidate.size() - n + 1L), Math.max(0, reference.size() - n + 1L));
  }

  /** ROUGE-L of two texts. */
  public RougeScore rougeL(String candidate, String reference) {
    return rougeL(tokens(candidate), tokens(reference));
  }

  /** ROUGE-L of two token sequences. */
  public RougeScore rougeL(List<String> candidate, List<String> reference) {
    return RougeScore.of(lcs(candidate, reference), candidate.size(), reference.size());
  }

  static int lcs(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (String x : a) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }
}
