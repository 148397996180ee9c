package org.briefing.render;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.briefing.enrich.SiteShape;
import org.briefing.model.Article;
import org.briefing.model.Site;
import org.briefing.model.StoryReads;

/**
 * What the renderer needs to know of the stories besides the site model: the site's shape (whose
 * placements give the page paths and the sitemap without reading any story), the date of the
 * edition each story belongs to, the stories related to each, each story's fingerprint where the
 * build already knows it (null where it does not), by story and by position in site order, and where
 * the stories each page reads are noted.
 */
public record StoryIndex(SiteShape shape, Function<Article, LocalDate> editionOf, Function<Article, List<Article>> related,
    Function<Article, Long> keys, IntFunction<Long> keyAt, StoryReads reads) {

  /**
   * The index of {@code site}, bound from {@code shape} with {@code reads}: {@code positionOf}
   * finds a story's position in site order, {@code keyAt} the fingerprint of the story at a
   * position (null when not known).
   */
  public static StoryIndex of(SiteShape shape, Site site, ToIntFunction<Article> positionOf, IntFunction<Long> keyAt,
      StoryReads reads) {
    return new StoryIndex(shape, a -> shape.editionOf().get(positionOf.applyAsInt(a)),
        a -> SiteShape.at(site.articles(), shape.related().positionsOf(positionOf.applyAsInt(a))),
        a -> keyAt.apply(positionOf.applyAsInt(a)), keyAt, reads);
  }
}
