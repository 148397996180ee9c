package org.briefing.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Briefing's automatic summarizer: it scores every sentence (see {@link SentenceScorer}), then
 * picks greedily the best sentence that fits the budget, discounting sentences that repeat one
 * already chosen and sentences that lean on a sentence not chosen, and returns them in article
 * order. Immutable, so one instance serves many threads.
 */
public final class ExtractiveSummarizer implements Summarizer {
  private static final int IN_BRIEF_WORDS = 40;
  private static final int KEY_POINT_WORDS = 35;
  /** How many more sentences than key points the summarizer is asked for, at most, to find enough that stand alone. */
  private static final int KEY_POINT_SPARES = 3;
  /** The most sentences a summary takes together so that a reference in the last one resolves. */
  private static final int MAX_RUN = 4;
  /** Budgets of up to this many sentences are chosen by trying every resolved set of candidates. */
  private static final int SEARCH_MAX_SENTENCES = 4;
  /** How many of the best sentences are candidates, each with the sentences right before it. */
  private static final int SEARCH_CANDIDATES = 10;

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
   * something the others do not, in article order. Fewer when the article has fewer sentences,
   * or when the best ones are long or lean on the sentence before them.
   */
  public List<String> keyPoints(ArticleText article, int n) {
    if (n < 1) {
      return List.of();
    }
    ScoredArticle scored = scorer.score(splitter.sentences(article), article);
    // each point stands alone in its bullet: one that leans on the sentence before it (", he
    // said", a quotation without its speaker, "But ...") would lose it when that one is left out;
    // the summarizer's choice may have such sentences, or long ones, so it is asked for a few more
    List<Integer> points = List.of();
    for (int asked = n; asked <= n + KEY_POINT_SPARES && points.size() < n; asked++) {
      List<Integer> standing = chosenIndexes(scored, asked, Integer.MAX_VALUE, Math.max(0.6, weights.redundancy())).stream()
          .filter(i -> Words.count(scored.sentences().get(i).text()) <= KEY_POINT_WORDS && !scored.referents().leansOnPrevious(i))
          .toList();
      points = withSpeakers(scored.referents(), standing.stream()
          .sorted(Comparator.comparingDouble((Integer i) -> -scored.score()[i]).thenComparingInt(i -> i)).limit(n).sorted().toList());
    }
    return points.stream().map(i -> scored.sentences().get(i).text()).toList();
  }

  /**
   * {@code points} without those whose speaker, given by a word for a person ("the minister
   * said"), the list would give to another person it names: the point that named the one meant
   * may have been left out for its length (helper-177).
   */
  private static List<Integer> withSpeakers(Referents referents, List<Integer> points) {
    List<Integer> out = new ArrayList<>(points);
    for (int k = referents.firstUnresolved(out, false); k >= 0; k = referents.firstUnresolved(out, false)) {
      out.remove(k);
    }
    return out;
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
    List<Integer> chosen = chosenIndexes(a, maxSentences, maxWords, redundancy);
    List<ScoredSentence> out = new ArrayList<>(chosen.size());
    for (int i : chosen) {
      out.add(new ScoredSentence(a.sentences().get(i), a.score()[i]));
    }
    return out;
  }

  private List<Integer> chosenIndexes(ScoredArticle a, int maxSentences, int maxWords, double redundancy) {
    return maxSentences <= SEARCH_MAX_SENTENCES ? search(a, maxSentences, maxWords, redundancy) : greedy(a, maxSentences, maxWords, redundancy);
  }

  /**
   * The best set, ascending, of at most {@code maxSentences} sentences within {@code maxWords}
   * whose every speaker and referent is resolved, among the best sentences and the few right
   * before each of them. A set is worth the sum of its sentences' scores, each discounted by how
   * much it repeats a better sentence of the set. No summary opens with a sentence that leans on
   * the one before it; further on, a connective that draws on the sentence before it ("So") comes
   * only right after it, while one that adds or contrasts ("Also", "But") may follow any sentence.
   */
  private List<Integer> search(ScoredArticle a, int maxSentences, int maxWords, double redundancy) {
    int n = a.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double[] value = a.resolvedScore();
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -value[i]).thenComparingInt(i -> i));
    TreeSet<Integer> pool = new TreeSet<>();
    for (int r = 0; r < Math.min(n, SEARCH_CANDIDATES); r++) {
      int i = order[r];
      for (int j = i; j >= 0 && i - j < MAX_RUN; j--) {
        pool.add(j);
      }
    }
    int[] candidates = pool.stream().mapToInt(Integer::intValue).toArray();
    Search s = new Search(a, candidates, maxSentences, maxWords, redundancy);
    s.extend(0, new ArrayList<>(), 0);
    return s.best;
  }

  private final class Search {
    private final ScoredArticle a;
    private final int[] candidates;
    private final int maxSentences;
    private final int maxWords;
    private final double redundancy;
    private List<Integer> best = List.of();
    private double bestValue = Double.NEGATIVE_INFINITY;

    Search(ScoredArticle a, int[] candidates, int maxSentences, int maxWords, double redundancy) {
      this.a = a;
      this.candidates = candidates;
      this.maxSentences = maxSentences;
      this.maxWords = maxWords;
      this.redundancy = redundancy;
    }

    void extend(int from, List<Integer> set, int words) {
      if (!set.isEmpty() && !a.referents().leansOnPrevious(set.get(0)) && a.referents().resolves(set, true)) {
        double v = value(set);
        if (v > bestValue) {
          bestValue = v;
          best = List.copyOf(set);
        }
      }
      if (set.size() == maxSentences) {
        return;
      }
      for (int c = from; c < candidates.length; c++) {
        int i = candidates[c];
        if (words + a.words()[i] > maxWords) {
          continue;
        }
        set.add(i);
        extend(c + 1, set, words + a.words()[i]);
        set.remove(set.size() - 1);
      }
    }

    private double value(List<Integer> set) {
      double[] score = a.resolvedScore();
      double total = 0;
      for (int i : set) {
        double overlap = 0;
        for (int j : set) {
          if (j != i && (score[j] > score[i] || score[j] == score[i] && j < i)) {
            overlap = Math.max(overlap, a.similarity(i, j));
          }
        }
        double own = set.contains(i - 1) ? score[i] : a.score()[i];
        total += own * (1 - redundancy * Math.max(0, overlap - weights.overlapAllowed()));
      }
      return total;
    }
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
