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

  /** A mask of every component of a story's view: what a page that read a story other than through its view counts as read. */
  public static final long EVERY_FIELD = -1L;

  /**
   * What the page the current thread makes has read of stories' views so far: a mask with a bit
   * for each component of a view it read (bit {@code i % 64} for component {@code i}), every bit
   * once it read a story itself; and whether a story is being read to make its view.
   */
  private static final class Fields {
    private long mask;
    private boolean viewing;
    /** The view of the page's own story (a story's page), whose reads are not noted: see {@link #own}. */
    private Object own;
  }

  private static final ThreadLocal<Fields> FIELDS = new ThreadLocal<>();

  /**
   * Does {@code work}, adding to {@code mask[0]} the components of the story views it reads
   * ({@link #field}), or {@link #EVERY_FIELD} when it reads a story of a {@link #watched} list
   * other than to make its view ({@link #forView}): a rebuild after an edit need not render a
   * page again when the components its last rendering read are as they were.
   */
  public static <T> T noting(long[] mask, Supplier<T> work) {
    return noting(mask, null, work);
  }

  /** {@link #noting(long[], Supplier)} for a page whose own story has the view {@code own} ({@link #own}); null for none. */
  public static <T> T noting(long[] mask, Object own, Supplier<T> work) {
    Fields outer = FIELDS.get();
    Fields fields = new Fields();
    fields.own = own;
    FIELDS.set(fields);
    try {
      return work.get();
    } finally {
      mask[0] |= fields.mask;
      if (outer == null) {
        FIELDS.remove();
      } else {
        FIELDS.set(outer);
      }
    }
  }

  /**
   * Notes that the current page read component {@code component} of the story view {@code view},
   * unless it is the page's own story ({@link #own}), and returns {@code value}.
   */
  public static <T> T field(int component, T value, Object view) {
    Fields fields = FIELDS.get();
    if (fields != null && fields.own != view) {
      fields.mask |= 1L << component;
    }
    return value;
  }

  /**
   * Makes {@code view} the current page's own story: a story's page shows all of its own story, and
   * a rebuild after an edit renders it again whenever that story changed, so what the page reads
   * of it is not noted. What it reads of other stories (its related stories, a site's own lists)
   * still is, so that an edit of one of those renders the page again only when it changed a
   * component the page read.
   */
  public static void own(Object view) {
    Fields fields = FIELDS.get();
    if (fields != null) {
      fields.own = view;
    }
  }

  /** Notes that the current page read a story itself, not only components of its view. */
  public static void whole() {
    Fields fields = FIELDS.get();
    if (fields != null && !fields.viewing) {
      fields.mask = EVERY_FIELD;
    }
  }

  /** The story at {@code index} of {@code stories}, read to make its view: not a read of the story itself. */
  public static Article forView(List<Article> stories, int index) {
    Fields fields = FIELDS.get();
    if (fields == null || fields.viewing) {
      return stories.get(index);
    }
    fields.viewing = true;
    try {
      return stories.get(index);
    } finally {
      fields.viewing = false;
    }
  }

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
      whole();
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
