package org.briefing.summary.eval;

/** One ROUGE measurement: precision, recall and their harmonic mean F1, each in [0, 1]. */
public record RougeScore(double precision, double recall, double f1) {
  public static final RougeScore ZERO = new RougeScore(0, 0, 0);

  /** The score for {@code matches} shared units out of a candidate and a reference count. */
  static RougeScore of(long matches, long candidateUnits, long referenceUnits) {
    if (matches == 0 || candidateUnits == 0 || referenceUnits == 0) {
      return ZERO;
    }
    double p = (double) matches / candidateUnits;
    double r = (double) matches / referenceUnits;
    return new RougeScore(p, r, 2 * p * r / (p + r));
  }
}
