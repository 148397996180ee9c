package org.briefing.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Centrality of sentences in a graph whose edges weigh the content words two sentences share,
 * divided by the sum of the logs of their lengths (Mihalcea and Tarau's TextRank similarity),
 * ranked with weighted PageRank.
 */
public final class SentenceGraph {
  private static final double DAMPING = 0.85;
  private static final double EPSILON = 1e-4;
  private static final int MAX_ITERATIONS = 200;

  private SentenceGraph() {}

  /** The PageRank of each sentence, given its content words and its length in tokens. */
  public static double[] rank(List<Set<String>> content, int[] lengths) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] coded = new int[content.size()][];
    for (int i = 0; i < coded.length; i++) {
      coded[i] = content.get(i).stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).sorted().toArray();
    }
    return rank(coded, lengths);
  }

  /**
   * The PageRank of each sentence, given its content words as ascending, distinct term numbers
   * and its length in tokens.
   */
  static double[] rank(int[][] content, int[] lengths) {
    // The work is done in small methods that run many times for each article: the JIT compiles
    // them after a few articles, while a loop inside this method, run once for each article,
    // stays interpreted for long in a clean build, whose compiler threads are busy.
    int n = content.length;
    int[][] shared = sharedCounts(content);
    double[] log = new double[n];
    for (int i = 0; i < n; i++) {
      log[i] = Math.log(lengths[i]);
    }
    // weight[i][j]: the share of j's out-weight that flows to i (the similarity is symmetric)
    double[][] weight = new double[n][n];
    double[] outSum = new double[n];
    for (int i = 0; i < n; i++) {
      addSimilarities(i, shared[i], lengths, log, weight, outSum);
    }
    // Most pairs of sentences share no word: the iteration reads only each sentence's incoming
    // weights that are not zero, in order, which adds up the same sums as the whole rows would
    int[][] from = new int[n][];
    double[][] share = new double[n][];
    int[] columns = new int[n];
    for (int i = 0; i < n; i++) {
      from[i] = normaliseRow(weight[i], outSum, columns);
      share[i] = valuesAt(weight[i], from[i]);
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0);
    double[] next = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] = (1 - DAMPING) + DAMPING * incoming(from[i], share[i], rank);
        change = Math.max(change, Math.abs(next[i] - rank[i]));
      }
      double[] swap = rank;
      rank = next;
      next = swap;
      if (change < EPSILON) {
        break;
      }
    }
    return rank;
  }

  /** Adds the similarity of sentence {@code i} to each later one to both their weights and out-sums. */
  private static void addSimilarities(int i, int[] sharedWithI, int[] lengths, double[] log, double[][] weight,
      double[] outSum) {
    for (int j = i + 1; j < lengths.length; j++) {
      double w = lengths[i] < 2 || lengths[j] < 2 ? 0 : sharedWithI[j] / (log[i] + log[j]);
      weight[i][j] = w;
      weight[j][i] = w;
      outSum[i] += w;
      outSum[j] += w;
    }
  }

  /** Divides each weight of {@code row} by its column's out-sum; the columns left not zero, ascending. */
  private static int[] normaliseRow(double[] row, double[] outSum, int[] columns) {
    int count = 0;
    for (int j = 0; j < row.length; j++) {
      if (outSum[j] > 0) {
        row[j] /= outSum[j];
      }
      if (row[j] != 0) {
        columns[count++] = j;
      }
    }
    return Arrays.copyOf(columns, count);
  }

  private static double[] valuesAt(double[] row, int[] columns) {
    double[] values = new double[columns.length];
    for (int k = 0; k < columns.length; k++) {
      values[k] = row[columns[k]];
    }
    return values;
  }

  /** The rank flowing into a sentence from the sentences {@code from}, with their shares of it. */
  private static double incoming(int[] from, double[] share, double[] rank) {
    double sum = 0;
    for (int k = 0; k < from.length; k++) {
      sum += share[k] * rank[from[k]];
    }
    return sum;
  }

  /** Shared words over the sum of the logs of the two lengths; 0 when a sentence is one word. */
  public static double similarity(Set<String> a, int lengthA, Set<String> b, int lengthB) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    return similarity((int) small.stream().filter(large::contains).count(), lengthA, lengthB);
  }

  private static double similarity(int shared, int lengthA, int lengthB) {
    return lengthA < 2 || lengthB < 2 ? 0 : shared / (Math.log(lengthA) + Math.log(lengthB));
  }

  /**
   * How many terms each pair of sentences shares ({@code [i][j]} with i below j), counted from each
   * term's list of sentences: most words occur in one or two sentences, so this is far cheaper
   * than comparing every pair of sentences.
   */
  private static int[][] sharedCounts(int[][] content) {
    int n = content.length;
    int terms = 0;
    for (int[] sentence : content) {
      for (int id : sentence) {
        terms = Math.max(terms, id + 1);
      }
    }
    int[] uses = new int[terms];
    for (int[] sentence : content) {
      for (int id : sentence) {
        uses[id]++;
      }
    }
    int[][] sentencesOf = new int[terms][];
    for (int t = 0; t < terms; t++) {
      sentencesOf[t] = new int[uses[t]];
    }
    int[] filled = new int[terms];
    for (int i = 0; i < n; i++) {
      for (int id : content[i]) {
        sentencesOf[id][filled[id]++] = i;
      }
    }
    int[][] shared = new int[n][n];
    for (int[] list : sentencesOf) {
      for (int a = 0; a < list.length; a++) {
        int[] row = shared[list[a]];
        for (int b = a + 1; b < list.length; b++) {
          row[list[b]]++;
        }
      }
    }
    return shared;
  }

  /** The number of terms two ascending, distinct term lists have in common. */
  static int shared(int[] a, int[] b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return shared;
  }
}
