package org.briefing.enrich;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.briefing.config.SiteConfig;
import org.briefing.model.ArchiveMonth;
import org.briefing.model.Article;
import org.briefing.model.Edition;
import org.briefing.model.Placement;
import org.briefing.model.Site;
import org.briefing.model.SitePositions;
import org.briefing.model.Source;
import org.briefing.model.StoryReads;
import org.briefing.model.SourceIndex;
import org.briefing.model.Term;
import org.briefing.model.Group;
import org.briefing.model.DeclaredTerm;
import org.briefing.model.DeclaredTerms;
import org.briefing.config.Grouping;

/**
 * The shape of the site as {@link SiteIndexer} works it out from the stories' placements alone:
 * the stories in site order (newest first), and the editions, groupings' terms, sources and months as
 * positions in that order. {@link #bind} fills it with the stories themselves.
 *
 * @param order for each position in site order, the index of that story in the list the shape was made from
 * @param stories the placements in site order
 * @param editionOf the date of the edition of the story at each position
 */
public record SiteShape(int[] order, List<Placement> stories, List<LocalDate> editionOf, List<EditionAt> editions,
    List<GroupAt> groups, List<SourceAt> sources, List<MonthAt> months, RelatedStories related) {

  /**
   * An edition: its date, title, the editor's note as HTML, its page's path and its stories in
   * display order; the file of its note (null when it has none) and the note's links to addresses
   * with no scheme, at their lines of that file.
   */
  public record EditionAt(LocalDate date, String title, String noteHtml, String path, int[] stories, java.nio.file.Path file,
      List<org.briefing.markdown.WrittenLink> noteLinks) {}

  /** A grouping (topics, authors…) with its terms, sorted by name, and the terms its file declares. */
  public record GroupAt(Grouping grouping, List<TermAt> terms, DeclaredTerms declared) {}

  /** A term of a grouping and its stories; {@code declared} is null for a term no file declares. */
  public record TermAt(String name, String slug, DeclaredTerm declared, int[] stories) {}

  /** An organisation or a document, with the stories citing it. */
  public record SourceAt(Source source, int[] stories) {}

  /** A month of the archive and its stories. */
  public record MonthAt(YearMonth month, int[] stories) {}

  /** Whether the stories were in site order already, as when the shape was made from a stored one. */
  public boolean keepsOrder() {
    for (int i = 0; i < order.length; i++) {
      if (order[i] != i) {
        return false;
      }
    }
    return true;
  }

  /**
   * The site, with {@code stories} (in site order, each at its position) in place of the
   * positions; every list of it notes each story read from it in {@code reads}.
   */
  public Site bind(SiteConfig config, List<Article> stories, StoryReads reads, List<org.briefing.model.SitePage> pages) {
    List<Placement> placed = stories();
    List<Article> ordered = reads.watched(stories, i -> placed.get(i).path());
    return new Site(config, ordered,
        editions.stream().map(e -> new Edition(e.date(), e.title(), e.noteHtml(), at(ordered, e.stories()), e.path())).toList(),
        groups.stream().map(g -> new Group(g.grouping(), g.terms().stream()
            .map(t -> new Term(t.name(), t.slug(), t.declared(), at(ordered, t.stories()))).toList(), g.declared())).toList(),
        sources.stream().map(s -> new SourceIndex(s.source(), at(ordered, s.stories()))).toList(),
        months.stream().map(m -> new ArchiveMonth(m.month(), at(ordered, m.stories()))).toList(), pages);
  }

  /** The stories at some positions of the site's list; a view, so that a story is read only when a page asks for it. */
  public static List<Article> at(List<Article> all, int[] positions) {
    return new Picked(all, positions);
  }

  private static final class Picked extends AbstractList<Article> implements RandomAccess, SitePositions {
    private final List<Article> all;
    private final int[] positions;

    Picked(List<Article> all, int[] positions) {
      this.all = all;
      this.positions = positions;
    }

    @Override
    public Article get(int i) {
      return all.get(positions[i]);
    }

    @Override
    public int size() {
      return positions.length;
    }

    @Override
    public int sitePosition(int index) {
      return all instanceof SitePositions site ? site.sitePosition(positions[index]) : positions[index];
    }

    /** A page of a long list (a topic's fifty stories) knows the positions of its stories too. */
    @Override
    public List<Article> subList(int from, int to) {
      java.util.Objects.checkFromToIndex(from, to, positions.length);
      return new Picked(all, java.util.Arrays.copyOfRange(positions, from, to));
    }
  }
}
