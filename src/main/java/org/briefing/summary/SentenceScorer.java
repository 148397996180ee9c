package org.briefing.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores every sentence of an article on what makes a sentence summary-worthy: how central its
 * words are to the story (words the article repeats, weighted by how rare they are on the site),
 * how much it shares with the headline and standfirst, whether it is the lead, its length,
 * whether it is a bare quotation, whether it leans on the sentence before it, and its
 * centrality in the article's sentence-similarity graph.
 */
final class SentenceScorer {
  /** The most sentences that enter the similarity graph; far more than a news story has. */
  static final int GRAPH_SENTENCES = 200;

  private final Terms terms;
  private final TermWeights site;
  private final ScoringWeights w;

  SentenceScorer(Terms terms, TermWeights site, ScoringWeights weights) {
    this.terms = terms;
    this.site = site;
    this.w = weights;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** The article's sentences with their scores and what selection needs. */
  ScoredArticle score(List<Sentence> sentences, ArticleText article) {
    int n = sentences.size();
    // each distinct content word of the article gets a number, so sentences compare as int lists
    Map<String, Integer> ids = new HashMap<>();
    List<String> words = new ArrayList<>();
    int[][] content = new int[n][];
    boolean[] dependent = new boolean[n];
    boolean[] quotation = new boolean[n];
    int[] length = new int[n];
    int[] buffer = new int[16];
    int[] tf = new int[16];
    List<String> texts = new ArrayList<>(n);
    List<List<String>> tokensOf = new ArrayList<>(n);
    for (Sentence sentence : sentences) {
      texts.add(sentence.text());
      tokensOf.add(terms.tokens(sentence.text()));
    }
    // the sentences' quotations and opening phrases are read once, there
    boolean[] afterBreak = new boolean[n];
    for (int i = 0; i < n; i++) {
      afterBreak[i] = sentences.get(i).inParagraph() == 0 && article.afterBreak(sentences.get(i).paragraph());
    }
    Referents referents = Referents.of(texts, tokensOf, orEmpty(article.title()), orEmpty(article.standfirst()), afterBreak);
    for (int i = 0; i < n; i++) {
      List<String> tokens = tokensOf.get(i);
      length[i] = tokens.size();
      dependent[i] = StandAlone.dependsOnPrevious(tokens) || referents.phrase(i) > 0;
      quotation[i] = referents.opensWithQuotation(i);
      if (buffer.length < tokens.size()) {
        buffer = new int[tokens.size()];
      }
      int count = 0;
      for (String t : tokens) {
        if (terms.isContent(t)) {
          Integer id = ids.get(t);
          if (id == null) {
            id = words.size();
            ids.put(t, id);
            words.add(t);
            if (tf.length == id) {
              tf = Arrays.copyOf(tf, id * 2);
            }
          }
          tf[id]++;
          buffer[count++] = id;
        }
      }
      content[i] = distinct(buffer, count);
    }
    double[] idf = new double[words.size()];
    for (int id = 0; id < idf.length; id++) {
      idf[id] = site.idf(words.get(id));
    }
    boolean[] inHeading = new boolean[words.size()];
    Set<String> heading = contentWords(article.title() + "\n" + article.standfirst());
    for (String t : heading) {
      Integer id = ids.get(t);
      if (id != null) {
        inHeading[id] = true;
      }
    }
    double[] frequency = new double[n];
    double[] weighted = new double[n];
    double[] topical = new double[n];
    for (int i = 0; i < n; i++) {
      int[] sentence = content[i];
      double sum = 0;
      double weightedSum = 0;
      int shared = 0;
      for (int id : sentence) {
        int f = tf[id];
        sum += f;
        weightedSum += f * idf[id];
        if (inHeading[id]) {
          shared++;
        }
      }
      frequency[i] = sentence.length == 0 ? 0 : sum / sentence.length;
      weighted[i] = sentence.length == 0 ? 0 : weightedSum / sentence.length;
      topical[i] = heading.isEmpty() ? 0 : (double) shared / heading.size();
    }
    double[] rank = ranks(frequency);
    double[] graph = graph(content, length, frequency);
    double[] graphRank = ranks(graph);
    normalise(graph);
    normalise(frequency);
    normalise(weighted);
    double[] score = new double[n];
    double[] resolved = new double[n];
    for (int i = 0; i < n; i++) {
      double z = w.bias() + w.frequency() * frequency[i] + w.frequencyRank() * rank[i]
          + w.siteWeighted() * weighted[i] + (i == 0 ? w.lead() : 0) + w.title() * topical[i]
          + w.logLength() * Math.log(length[i] + 1.0) + (length[i] < 8 ? w.shortSentence() : 0)
          + (quotation[i] ? w.quotation() : 0) + w.graph() * graph[i] + w.graphRank() * graphRank[i];
      resolved[i] = sigmoid(z) * length[i];
      score[i] = dependent[i] ? sigmoid(z + w.dependent()) * length[i] : resolved[i];
    }
    int[] wordCounts = new int[n];
    for (int i = 0; i < n; i++) {
      wordCounts[i] = Words.count(sentences.get(i).text());
    }
    return new ScoredArticle(sentences, content, wordCounts, score, resolved, referents);
  }

  /**
   * The sentences' centrality in the similarity graph of at most {@link #GRAPH_SENTENCES} of them:
   * all of a news story, but in a longer text only the sentences whose words the text repeats most
   * (by the mean frequency of their content words), so that the graph, whose size grows with the
   * square of its sentences, stays small and summarizing grows in proportion to the text. The
   * other sentences get no centrality.
   */
  private static double[] graph(int[][] content, int[] length, double[] frequency) {
    int n = content.length;
    if (n <= GRAPH_SENTENCES) {
      return SentenceGraph.rank(content, length);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -frequency[i]).thenComparingInt(i -> i));
    int[] chosen = new int[GRAPH_SENTENCES];
    for (int k = 0; k < GRAPH_SENTENCES; k++) {
      chosen[k] = order[k];
    }
    Arrays.sort(chosen);
    int[][] subContent = new int[GRAPH_SENTENCES][];
    int[] subLength = new int[GRAPH_SENTENCES];
    for (int k = 0; k < GRAPH_SENTENCES; k++) {
      subContent[k] = content[chosen[k]];
      subLength[k] = length[chosen[k]];
    }
    double[] rank = SentenceGraph.rank(subContent, subLength);
    double[] out = new double[n];
    for (int k = 0; k < GRAPH_SENTENCES; k++) {
      out[chosen[k]] = rank[k];
    }
    return out;
  }

  /** The first {@code count} numbers of {@code ids}, ascending and without repeats. */
  private static int[] distinct(int[] ids, int count) {
    int[] sorted = Arrays.copyOf(ids, count);
    Arrays.sort(sorted);
    int kept = 0;
    for (int k = 0; k < count; k++) {
      if (kept == 0 || sorted[k] != sorted[kept - 1]) {
        sorted[kept++] = sorted[k];
      }
    }
    return kept == count ? sorted : Arrays.copyOf(sorted, kept);
  }

  private Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String t : terms.tokens(text)) {
      if (terms.isContent(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Each value's place when sorted high to low, scaled to [0, 1]; ties keep article order. */
  private static double[] ranks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparingInt(i -> i));
    double[] rank = new double[n];
    for (int r = 0; r < n; r++) {
      rank[order[r]] = n > 1 ? (double) r / (n - 1) : 0;
    }
    return rank;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static void normalise(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (max > 0) {
      for (int i = 0; i < values.length; i++) {
        values[i] /= max;
      }
    }
  }
}
