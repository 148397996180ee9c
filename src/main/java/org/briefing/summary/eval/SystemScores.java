package org.briefing.summary.eval;

/**
 * The mean ROUGE scores of one summarizer over an evaluation set, the share of its summaries that
 * leave a speaker or referent unresolved (see {@link org.briefing.summary.Referents}), and how many
 * articles a second it summarized in that run (summarizing only, not scoring).
 */
public record SystemScores(
    String system, RougeScore rouge1, RougeScore rouge2, RougeScore rougeL, double unresolvedShare,
    double articlesPerSecond) {}
