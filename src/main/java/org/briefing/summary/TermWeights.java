package org.briefing.summary;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How rare each word is across a site: the number of articles that use it. Words every story uses
 * ("year", "people") say less about one story than words only a few stories use.
 */
public final class TermWeights {
  private static final TermWeights NONE = new TermWeights(Map.of(), 0);

  private static final int STEPS = 4;

  private final Map<String, Integer> documentFrequency;
  private final int documents;

  private TermWeights(Map<String, Integer> documentFrequency, int documents) {
    this.documentFrequency = documentFrequency;
    this.documents = documents;
  }

  /** No site knowledge: every word weighs the same. */
  public static TermWeights none() {
    return NONE;
  }

  /** The document frequencies of the words in {@code corpus}. */
  public static TermWeights of(Collection<ArticleText> corpus) {
    return fromTerms(corpus.stream().map(TermWeights::termsOf).toList());
  }

  /** The weights of a site whose articles use these sets of content words (see {@link #termsOf}). */
  public static TermWeights fromTerms(Collection<? extends Collection<String>> termSets) {
    Map<String, Integer> df = new HashMap<>();
    for (Collection<String> seen : termSets) {
      for (String word : seen) {
        df.merge(word, 1, Integer::sum);
      }
    }
    return new TermWeights(df, termSets.size());
  }

  /** The weights of a site of {@code documents} articles with these document frequencies. */
  public static TermWeights fromFrequencies(Map<String, Integer> documentFrequency, int documents) {
    return new TermWeights(documentFrequency, documents);
  }

  /** The distinct content words of an article: what it adds to the site's document frequencies. */
  public static Set<String> termsOf(ArticleText article) {
    Terms terms = new Terms();
    Set<String> seen = new HashSet<>();
    addContent(terms, article.title(), seen);
    addContent(terms, article.standfirst(), seen);
    for (String paragraph : article.paragraphs()) {
      addContent(terms, paragraph, seen);
    }
    return seen;
  }

  private static void addContent(Terms terms, String text, Set<String> seen) {
    for (String token : terms.tokens(text)) {
      if (terms.isContent(token)) {
        seen.add(token);
      }
    }
  }

  /** The number of articles the weights were counted over. */
  public int documents() {
    return documents;
  }

  /**
   * The inverse document frequency of {@code word}, smoothed so that an unseen word weighs most
   * and a word in every article still weighs a little; 1 for every word when there is no corpus.
   */
  public double idf(String word) {
    return idf(documentFrequency.getOrDefault(word, 0), documents);
  }

  /** The weight of a word used by {@code df} of {@code documents} articles. */
  public static double idf(int df, int documents) {
    if (documents == 0) {
      return 1;
    }
    double idf = Math.log((bucket(documents) + 1.0) / (df + 1.0)) + 1;
    return Math.round(idf * STEPS) / (double) STEPS;
  }

  /**
   * The site size the weights use: the document count rounded up to a sixteenth of its power of
   * two. With the weights themselves rounded to quarter steps, adding or editing one story changes
   * the weight of only a few words, so an incremental build re-summarizes only the stories that use
   * them, and still gets exactly what a clean build would.
   */
  public static int bucket(int documents) {
    int step = Math.max(1, Integer.highestOneBit(documents) / 16);
    return (documents + step - 1) / step * step;
  }
}
