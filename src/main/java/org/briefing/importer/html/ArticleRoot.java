package org.briefing.importer.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the element that holds the story: the candidate with the most paragraph text. */
final class ArticleRoot {
  private static final String CANDIDATES = "[itemprop=articleBody], article, main, [role=main], [class*=article-body], "
      + "[class*=article__body], [class*=story-body], [class*=story__body], [class*=entry-content], [class*=post-content], "
      + "[class*=article-content], [id*=article-body], [id*=story-body]";

  private ArticleRoot() {}

  static Element find(Document doc) {
    Element best = doc.body();
    int bestScore = -1;
    for (Element e : doc.select(CANDIDATES)) {
      if (Noise.reason(e).isPresent() || e.parents().stream().anyMatch(p -> Noise.reason(p).isPresent())) {
        continue;
      }
      int score = e.select("p").stream()
          .filter(p -> p.parents().stream().takeWhile(x -> x != e).noneMatch(x -> Noise.reason(x).isPresent()))
          .mapToInt(p -> p.text().length()).sum();
      // prefer the outer element on ties, so that the headline and standfirst come with the body
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    Element withHeadline = best;
    while (withHeadline.selectFirst("h1") == null && withHeadline.parent() != null && withHeadline.parent() != doc.body()
        && withHeadline.parent().select("p").size() == best.select("p").size()) {
      withHeadline = withHeadline.parent();
    }
    return withHeadline.selectFirst("h1") != null ? withHeadline : best;
  }
}
