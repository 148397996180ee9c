package org.briefing.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
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

  /** {@code stories} as a list that notes each story read from it. */
  public List<Article> watched(List<Article> stories) {
    return new Watched(stories);
  }

  private final class Watched extends AbstractList<Article> implements RandomAccess {
    private final List<Article> stories;

    Watched(List<Article> stories) {
      this.stories = stories;
    }

    @Override
    public Article get(int i) {
      Article story = stories.get(i);
      List<String> reads = into.get();
      if (reads != null) {
        reads.add(story.path());
      }
      return story;
    }

    @Override
    public int size() {
      return stories.size();
    }
  }
}
