package org.briefing.render;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.briefing.fingerprint.Fingerprint;
import org.briefing.model.Article;
import org.briefing.model.SitePositions;
import org.briefing.model.StoryReads;

/**
 * The views of some stories, each made when a template reads it. Its fingerprint is that of the
 * views, taken from what each is made from ({@link ViewFactory#key}) without making them, and from
 * a story's position without reading it where the build knows its fingerprint: a page's
 * fingerprint covers every story its template can reach, at the cost of a few numbers each. Every
 * read goes through {@link #get} (iterators, streams and sublists of a list call it), which tells
 * the factory, so that a page that read none can be fingerprinted by its outline.
 */
final class StoryViews extends AbstractList<Views.ArticleView> implements RandomAccess, Fingerprint.Deferred {
  private final List<Article> stories;
  private final ViewFactory views;

  StoryViews(List<Article> stories, ViewFactory views) {
    this.stories = stories;
    this.views = views;
  }

  @Override
  public Views.ArticleView get(int index) {
    views.listRead();
    return views.listed(StoryReads.forView(stories, index));
  }

  @Override
  public int size() {
    return stories.size();
  }

  @Override
  public long fingerprint() {
    Fingerprint f = new Fingerprint().add(stories.size());
    if (stories instanceof SitePositions positioned) {
      for (int i = 0; i < positioned.size(); i++) {
        f.add(views.key(positioned, i));
      }
    } else {
      for (Article a : stories) {
        f.add(views.key(a));
      }
    }
    return f.value();
  }
}
