package org.briefing.enrich;

import java.util.List;
import org.briefing.model.Article;
import org.briefing.summary.ArticleText;
import org.briefing.summary.Summarizer;
import org.briefing.summary.SummaryBudget;

/**
 * Gives every story a summary: the editor's, else the text before {@code <!-- more -->}, else the
 * sentences the summarizer picks; and, when asked, automatic key points.
 */
public final class SummaryWriter {
  private final Summarizer summarizer;
  private final SummaryBudget budget;
  private final boolean autoKeyPoints;

  public SummaryWriter(Summarizer summarizer, SummaryBudget budget, boolean autoKeyPoints) {
    this.summarizer = summarizer;
    this.budget = budget;
    this.autoKeyPoints = autoKeyPoints;
  }

  public static ArticleText textOf(Article article) {
    return new ArticleText(article.title(), article.standfirst(), article.paragraphs());
  }

  public Article enrich(Article article) {
    Article result = article;
    if (article.summary() == null) {
      List<String> sentences = summarizer.summarize(textOf(article), budget);
      String text = sentences.isEmpty() ? article.standfirst() : String.join(" ", sentences);
      result = result.withSummary(new Article.Summary(text, Article.SummarySource.AUTOMATIC));
    }
    if (autoKeyPoints && article.keyPointsHtml().isEmpty()) {
      List<String> points = summarizer.summarize(textOf(article), new SummaryBudget(3, 120));
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
