package org.briefing.summary.eval;

/**
 * The mean ROUGE scores of one summarizer over an evaluation set, and how many articles a second
 * it summarized in that run (summarizing only, not scoring).
 */
public record SystemScores(
    String system, RougeScore rouge1, RougeScore rouge2, RougeScore rougeL, double articlesPerSecond) {}
