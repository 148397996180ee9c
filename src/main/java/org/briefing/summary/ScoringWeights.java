package org.briefing.summary;

/**
 * How sentence features combine into a score. The features give the log-odds that a sentence
 * belongs in a summary; the score is that probability times the sentence's length in words, the
 * number of summary words the sentence is expected to contribute. The weights were tuned on the
 * development corpus (see docs/summaries.md); {@code redundancy} and {@code overlapAllowed}
 * discount a sentence by how much it repeats one already chosen.
 */
record ScoringWeights(
    double bias, double frequency, double frequencyRank, double siteWeighted, double lead,
    double title, double logLength, double shortSentence, double quotation, double dependent,
    double graph, double graphRank, double redundancy, double overlapAllowed) {

  static final ScoringWeights DEFAULT = new ScoringWeights(
      -4.4, 1.0, -7.3, 0.15, 0.6, 0.75, 2.15, 0.8, -0.8, -0.3, 1.5, -1.75, 1.0, 0.4);
}
