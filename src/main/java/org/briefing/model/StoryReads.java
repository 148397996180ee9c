package org.briefing.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Notes which stories the work of the current thread reads from the site's lists, by page path:
 * the renderer records, for each page, every story its data was made from, whichever way the code
 * (or a site's own template) reached it. A rebuild after an edit renders again exactly the pages
 * that read an edited story, with no list of what a page depends on kept by hand.
 */
public final class StoryReads {
  private final ThreadLocal<List<String>> into = new ThreadLocal<>();

  /** Does {@code work}, adding to {@code stories} the path of every story it reads through a {@link #watched} list. */
  public <T> T recording(List<String> stories, Supplier<T> work) {
    List<String> outer = into.get();
    into.set(stories);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        into.remove();
      } else {
        into.set(outer);
      }
    }
  }

  /**
   * {@code stories}, the site's in site order, as a list that notes each story read from it;
   * {@code pathAt} gives the page path of the story at a position without reading it.
   */
  public List<Article> watched(List<Article> stories, IntFunction<String> pathAt) {
    return new Watched(stories, pathAt);
  }

  private void read(String path) {
    List<String> reads = into.get();
    if (reads != null) {
      reads.add(path);
    }
  }

  private final class Watched extends AbstractList<Article> implements RandomAccess, SitePositions {
    private final List<Article> stories;
    private final IntFunction<String> pathAt;

    Watched(List<Article> stories, IntFunction<String> pathAt) {
      this.stories = stories;
      this.pathAt = pathAt;
    }

    @Override
    public Article get(int i) {
      Article story = stories.get(i);
      read(story.path());
      return story;
    }

    @Override
    public int sitePosition(int index) {
      java.util.Objects.checkIndex(index, stories.size());
      read(pathAt.apply(index));
      return index;
    }

    @Override
    public int size() {
      return stories.size();
    }
  }
}
