package org.briefing.enrich;

import java.util.List;
import java.util.regex.Pattern;
import org.briefing.model.Article;
import org.briefing.summary.ArticleText;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.SentenceSplitter;
import org.briefing.summary.SummaryBudget;

/**
 * Gives every story a summary: the editor's, else the text before {@code <!-- more -->}, else the
 * sentences the summarizer picks; a one-sentence "in brief" line; and, when asked, automatic key
 * points.
 */
public final class SummaryWriter {
  private static final int MAX_IN_BRIEF_WORDS = 40;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final ExtractiveSummarizer summarizer;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final SummaryBudget budget;
  private final boolean autoKeyPoints;

  public SummaryWriter(ExtractiveSummarizer summarizer, SummaryBudget budget, boolean autoKeyPoints) {
    this.summarizer = summarizer;
    this.budget = budget;
    this.autoKeyPoints = autoKeyPoints;
  }

  public static ArticleText textOf(Article article) {
    return ArticleText.ofBody(article.title(), article.standfirst(), article.body().paragraphs());
  }

  public Article enrich(Article article) {
    ArticleText text = textOf(article);
    Article.Summary summary = article.summary();
    if (summary == null) {
      List<String> sentences = summarizer.summarize(text, budget);
      summary = new Article.Summary(sentences.isEmpty() ? article.standfirst() : String.join(" ", sentences),
          Article.SummarySource.AUTOMATIC, "");
    }
    Article result = article.withSummary(new Article.Summary(summary.text(), summary.source(), inBrief(summary.text(), text)));
    if (autoKeyPoints && article.keyPointsHtml().isEmpty()) {
      List<String> points = summarizer.keyPoints(text, 3);
      if (points.size() >= 2) {
        result = result.withKeyPoints(points.stream().map(SummaryWriter::escape).toList());
      }
    }
    return result;
  }

  /** The summary's first sentence when it is short enough, so the line agrees with the summary; else the summarizer's pick. */
  private String inBrief(String summary, ArticleText text) {
    List<String> sentences = splitter.split(summary);
    if (!sentences.isEmpty() && SPACES.split(sentences.get(0)).length <= MAX_IN_BRIEF_WORDS) {
      return sentences.get(0);
    }
    return summarizer.inBrief(text);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
