package org.briefing.enrich;

import java.util.List;
import org.briefing.model.Article;
import org.briefing.summary.ArticleText;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.SummaryBudget;

/**
 * Gives every story a summary: the editor's, else the text before {@code <!-- more -->}, else the
 * sentences the summarizer picks; a one-sentence "in brief" line; and, when asked, automatic key
 * points.
 */
public final class SummaryWriter {
  private final ExtractiveSummarizer summarizer;
  private final SummaryBudget budget;
  private final boolean autoKeyPoints;

  public SummaryWriter(ExtractiveSummarizer summarizer, SummaryBudget budget, boolean autoKeyPoints) {
    this.summarizer = summarizer;
    this.budget = budget;
    this.autoKeyPoints = autoKeyPoints;
  }

  public static ArticleText textOf(Article article) {
    return new ArticleText(article.title(), article.standfirst(), article.paragraphs());
  }

  public Article enrich(Article article) {
    ArticleText text = textOf(article);
    Article.Summary summary = article.summary();
    if (summary == null) {
      List<String> sentences = summarizer.summarize(text, budget);
      summary = new Article.Summary(sentences.isEmpty() ? article.standfirst() : String.join(" ", sentences),
          Article.SummarySource.AUTOMATIC, "");
    }
    Article result = article.withSummary(new Article.Summary(summary.text(), summary.source(), summarizer.inBrief(text)));
    if (autoKeyPoints && article.keyPointsHtml().isEmpty()) {
      List<String> points = summarizer.keyPoints(text, 3);
      if (points.size() >= 2) {
        result = result.withKeyPoints(points.stream().map(SummaryWriter::escape).toList());
      }
    }
    return result;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
