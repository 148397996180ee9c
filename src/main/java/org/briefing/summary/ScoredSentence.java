package org.briefing.summary;

/** A sentence with the score the summarizer gave it; higher is more summary-worthy. */
public record ScoredSentence(Sentence sentence, double score) {

  /** The sentence's text. */
  public String text() {
    return sentence.text();
  }

  /** The sentence's place in the article body, counting from 0. */
  public int index() {
    return sentence.index();
  }
}
