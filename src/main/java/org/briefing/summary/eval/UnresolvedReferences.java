package org.briefing.summary.eval;

import java.util.ArrayList;
import java.util.List;
import org.briefing.summary.ArticleText;
import org.briefing.summary.Referents;
import org.briefing.summary.Sentence;
import org.briefing.summary.SentenceSplitter;

/**
 * Checks any system's summary of one article for a speaker or referent it leaves unresolved: the
 * summary's sentences are found in the article (every system here extracts whole sentences with
 * the same splitter) and judged by {@link Referents}.
 */
public final class UnresolvedReferences {
  private final List<String> sentences;
  private final Referents referents;

  public UnresolvedReferences(ArticleText article) {
    this.sentences = new SentenceSplitter().sentences(article).stream().map(Sentence::text).toList();
    this.referents = Referents.of(sentences);
  }

  /**
   * Whether {@code summary} (sentences of the article, in article order) leaves a speaker or a
   * referent unresolved; a sentence that is not in the article counts as unresolved.
   */
  public boolean unresolved(List<String> summary) {
    List<Integer> chosen = new ArrayList<>(summary.size());
    int from = 0;
    for (String sentence : summary) {
      int at = sentences.subList(from, sentences.size()).indexOf(sentence);
      if (at < 0) {
        return true;
      }
      chosen.add(from + at);
      from += at + 1;
    }
    return referents.firstUnresolved(chosen, false) >= 0;
  }
}
