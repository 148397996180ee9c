package org.briefing.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Briefing's automatic summarizer: it scores every sentence (see {@link SentenceScorer}), then
 * picks greedily the best sentence that fits the budget, discounting sentences that repeat one
 * already chosen and sentences that lean on a sentence not chosen, and returns them in article
 * order. Immutable, so one instance serves many threads.
 */
public final class ExtractiveSummarizer implements Summarizer {
  private static final int IN_BRIEF_WORDS = 40;
  private static final int KEY_POINT_WORDS = 35;
  /** The most sentences a summary takes together so that a reference in the last one resolves. */
  private static final int MAX_RUN = 4;

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final Terms terms = new Terms();
  private final SentenceScorer scorer;
  private final ScoringWeights weights;

  /** A summarizer that knows nothing of the rest of the site. */
  public ExtractiveSummarizer() {
    this(TermWeights.none());
  }

  /** A summarizer that weighs words by how rare they are on the site. */
  public ExtractiveSummarizer(TermWeights termWeights) {
    this(termWeights, ScoringWeights.DEFAULT);
  }

  ExtractiveSummarizer(TermWeights termWeights, ScoringWeights weights) {
    this.weights = weights;
    this.scorer = new SentenceScorer(terms, termWeights, weights);
  }

  /** A summarizer with word weights counted over all of a site's articles. */
  public static ExtractiveSummarizer forSite(Collection<ArticleText> corpus) {
    return new ExtractiveSummarizer(TermWeights.of(corpus));
  }

  @Override
  public List<String> summarize(ArticleText article, SummaryBudget budget) {
    return select(article, budget).stream().map(ScoredSentence::text).toList();
  }

  /** The chosen sentences with their scores, in article order, within the budget. */
  public List<ScoredSentence> select(ArticleText article, SummaryBudget budget) {
    ScoredArticle scored = scorer.score(splitter.sentences(article), article);
    return choose(scored, budget.sentences(), budget.maxWords(), weights.redundancy());
  }

  /** Every sentence of the body with its score, in article order. */
  public List<ScoredSentence> scoreAll(ArticleText article) {
    ScoredArticle scored = scorer.score(splitter.sentences(article), article);
    List<ScoredSentence> out = new ArrayList<>(scored.size());
    for (int i = 0; i < scored.size(); i++) {
      out.add(new ScoredSentence(scored.sentences().get(i), scored.score()[i]));
    }
    return out;
  }

  /**
   * Up to {@code n} key points for a bullet list: short, self-contained sentences that each say
   * something the others do not, in article order. Fewer when the article has fewer sentences.
   */
  public List<String> keyPoints(ArticleText article, int n) {
    if (n < 1) {
      return List.of();
    }
    ScoredArticle scored = scorer.score(splitter.sentences(article), article);
    List<ScoredSentence> chosen = new ArrayList<>();
    for (ScoredSentence s : choose(scored, n, Integer.MAX_VALUE, Math.max(0.6, weights.redundancy()))) {
      if (Words.count(s.text()) <= KEY_POINT_WORDS || chosen.isEmpty()) {
        chosen.add(s);
      }
    }
    return chosen.stream().map(ScoredSentence::text).toList();
  }

  /**
   * One sentence that says what the story is about, for an edition's "In brief" list: the best
   * self-contained sentence of at most 40 words, else the standfirst, else the headline.
   */
  public String inBrief(ArticleText article) {
    List<ScoredSentence> one = select(article, new SummaryBudget(1, IN_BRIEF_WORDS));
    if (!one.isEmpty()) {
      return one.get(0).text();
    }
    return article.standfirst().isBlank() ? article.title().strip() : article.standfirst().strip();
  }

  /**
   * Picks sentences best first. A sentence that refers to a speaker or a thing named before it
   * ("He said …", "…, she added", a quotation without its speaker, "This …") or that opens with a
   * connective is taken only together with the sentences before it that resolve it (see
   * {@link Referents}), when they all fit the budget, so that no summary puts words in a mouth it
   * does not name.
   */
  private List<ScoredSentence> choose(ScoredArticle a, int maxSentences, int maxWords, double redundancy) {
    List<Integer> chosen = greedy(a, maxSentences, maxWords, redundancy);
    List<ScoredSentence> out = new ArrayList<>(chosen.size());
    for (int i : chosen) {
      out.add(new ScoredSentence(a.sentences().get(i), a.score()[i]));
    }
    return out;
  }

  /** The chosen sentences, ascending. */
  private List<Integer> greedy(ScoredArticle a, int maxSentences, int maxWords, double redundancy) {
    int n = a.size();
    List<Integer> chosen = new ArrayList<>();
    boolean[] taken = new boolean[n];
    int words = 0;
    while (chosen.size() < maxSentences) {
      List<Integer> best = null;
      double bestValue = Double.NEGATIVE_INFINITY;
      int bestWords = 0;
      for (int i = 0; i < n; i++) {
        if (taken[i] || words + a.words()[i] > maxWords) {
          continue;
        }
        List<Integer> block = block(a, chosen, i);
        if (block == null) {
          continue;
        }
        int added = 0;
        int addedWords = 0;
        double sum = 0;
        for (int j : block) {
          if (!taken[j]) {
            added++;
            addedWords += a.words()[j];
            boolean resolvedHere = j > 0 && (taken[j - 1] || block.contains(j - 1));
            sum += resolvedHere ? a.resolvedScore()[j] : a.score()[j];
          }
        }
        if (chosen.size() + added > maxSentences || words + addedWords > maxWords) {
          continue;
        }
        double value = sum / added;
        double overlap = 0;
        for (int j : chosen) {
          overlap = Math.max(overlap, a.similarity(i, j));
        }
        value *= 1 - redundancy * Math.max(0, overlap - weights.overlapAllowed());
        if (value > bestValue) {
          best = block;
          bestValue = value;
          bestWords = addedWords;
        }
      }
      if (best == null) {
        break;
      }
      for (int j : best) {
        if (!taken[j]) {
          taken[j] = true;
          chosen.add(j);
        }
      }
      chosen.sort(Comparator.naturalOrder());
      words += bestWords;
    }
    return chosen;
  }

  /**
   * Sentence {@code i} with the fewest sentences right before it that make the summary resolve
   * every speaker and referent, ascending; null when no run of a few sentences does.
   */
  private static List<Integer> block(ScoredArticle a, List<Integer> chosen, int i) {
    for (int from = i; from >= 0 && i - from < MAX_RUN; from--) {
      List<Integer> union = new ArrayList<>(chosen.size() + i - from + 1);
      for (int j : chosen) {
        if (j < from) {
          union.add(j);
        }
      }
      for (int j = from; j <= i; j++) {
        union.add(j);
      }
      for (int j : chosen) {
        if (j > i) {
          union.add(j);
        }
      }
      if (a.referents().resolves(union, true)) {
        List<Integer> block = new ArrayList<>(i - from + 1);
        for (int j = from; j <= i; j++) {
          block.add(j);
        }
        return block;
      }
    }
    return null;
  }
}
