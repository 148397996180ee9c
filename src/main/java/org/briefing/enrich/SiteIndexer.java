package org.briefing.enrich;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.FutureTask;
import org.briefing.load.RawEdition;
import org.briefing.model.Placement;
import org.briefing.config.Grouping;
import org.briefing.model.DeclaredTerms;
import org.briefing.problem.Problems;
import org.briefing.model.Source;

/**
 * Works out the shape of the site from the stories' placements: their order, editions, groupings' terms,
 * sources, archive months and related stories. It is given nothing but placements, so nothing
 * else about a story can change the shape; a full build and a rebuild after an edit both call it.
 */
public final class SiteIndexer {
  /** How many related stories a story's page lists. */
  public static final int RELATED_STORIES = 4;

  /** Newest first; equal dates by slug, then file, so that the order never depends on the file system. */
  public static final Comparator<Placement> NEWEST_FIRST =
      Comparator.comparing(Placement::date).reversed().thenComparing(Placement::slug).thenComparing(p -> p.file().toString());

  private SiteIndexer() {}

  /**
   * The shape of the site of {@code placements} (in any order), with the edition files' titles,
   * notes and orders, and the terms of each grouping ({@code declared}: the terms of each
   * grouping's file, by the grouping's name), each listed in the alphabetical order of the site's
   * {@code language} (a language tag); spellings merged into one term are reported to
   * {@code problems} as warnings.
   */
  public static SiteShape shape(List<Placement> placements, EditionBuilder editionBuilder, List<RawEdition> editionFiles,
      List<Grouping> groupings, Map<String, DeclaredTerms> declared, String language, Problems problems) {
    return new Shaping(placements, editionBuilder, editionFiles, groupings, declared, language, problems).join();
  }

  /**
   * Names (of terms, of sources) in the alphabetical order of {@code language} ("Économie" before
   * "Zone euro" in French, as a reader looks for it, not after it as in the order of code points),
   * small and capital letters apart only where the names are otherwise equal. Each name's
   * collation key is made once.
   */
  static <T> Comparator<T> byName(java.util.function.Function<T, String> name, String language) {
    java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag(language));
    collator.setStrength(java.text.Collator.TERTIARY);
    Map<String, java.text.CollationKey> keys = new java.util.HashMap<>();
    return Comparator.comparing(item -> keys.computeIfAbsent(name.apply(item), collator::getCollationKey));
  }

  /**
   * The work of {@link #shape} in parts that two threads can share once the order is known: one
   * thread may start it in the background ({@link #run}), and the one that needs the shape
   * {@link #join}s, doing the parts no thread has started yet from the other end of the list (the
   * groupings and sources while the other does the editions). Each part is done once, by whichever
   * thread comes to it first; a part waits for the order, which the other thread may be making.
   * The groupings' problems are added after the editions', as one thread alone adds them.
   */
  public static final class Shaping implements Runnable {
    private record Ordered(int[] order, List<Placement> stories, List<LocalDate> editionOf) {}

    private final FutureTask<Ordered> ordered;
    private final FutureTask<List<SiteShape.EditionAt>> editions;
    private final FutureTask<List<SiteShape.GroupAt>> groups;
    private final FutureTask<List<SiteShape.SourceAt>> sources;
    private final FutureTask<List<SiteShape.MonthAt>> archive;
    private final FutureTask<RelatedStories> related;
    private final Problems groupProblems = new Problems();
    private final Problems problems;

    public Shaping(List<Placement> placements, EditionBuilder editionBuilder, List<RawEdition> editionFiles,
        List<Grouping> groupings, Map<String, DeclaredTerms> declared, String language, Problems problems) {
      this.problems = problems;
      ordered = new FutureTask<>(() -> {
        int[] order = newestFirst(placements);
        List<Placement> stories = new ArrayList<>(order.length);
        List<LocalDate> editionOf = new ArrayList<>(order.length);
        for (int i : order) {
          stories.add(placements.get(i));
          editionOf.add(editionBuilder.editionOf(placements.get(i)));
        }
        return new Ordered(order, List.copyOf(stories), List.copyOf(editionOf));
      });
      editions = new FutureTask<>(() -> editionBuilder.build(done(ordered).stories(), done(ordered).editionOf(), editionFiles));
      groups = new FutureTask<>(() -> groups(done(ordered).stories(), groupings, declared, language, groupProblems));
      sources = new FutureTask<>(() -> sources(done(ordered).stories(), language));
      archive = new FutureTask<>(() -> archive(done(ordered).stories()));
      related = new FutureTask<>(() -> new RelatedStories(done(ordered).stories(), RELATED_STORIES));
    }

    /** Every part, the order first: {@link #run} takes them from the start, {@link #join} from the end. */
    private List<FutureTask<?>> parts() {
      return List.of(ordered, editions, archive, related, groups, sources);
    }

    @Override
    public void run() {
      for (FutureTask<?> part : parts()) {
        part.run();
      }
    }

    /** The shape, once every part is done: the parts no thread has started are done here. */
    public SiteShape join() {
      List<FutureTask<?>> parts = parts();
      ordered.run(); // first, or this thread could wait for an order nobody makes
      for (int i = parts.size() - 1; i > 0; i--) {
        parts.get(i).run();
      }
      Ordered o = done(ordered);
      SiteShape shape = new SiteShape(o.order(), o.stories(), o.editionOf(), done(editions), done(groups), done(sources),
          done(archive), done(related));
      groupProblems.all().forEach(problems::add);
      return shape;
    }

    private static <T> T done(FutureTask<T> part) {
      try {
        return part.get();
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while working out the shape of the site", e);
      }
    }
  }

  /**
   * The positions of {@code placements} in {@link #NEWEST_FIRST} order. Comparing two dates with
   * time zones works out both instants each time; at 10,000 stories that was a noticeable part of
   * a rebuild, so the instants are worked out once and the full comparison is left for stories of
   * the same instant.
   */
  static int[] newestFirst(List<Placement> placements) {
    record Dated(long second, int nano, int index) {}
    List<Dated> dated = new ArrayList<>(placements.size());
    for (int i = 0; i < placements.size(); i++) {
      Placement p = placements.get(i);
      dated.add(new Dated(p.date().toEpochSecond(), p.date().getNano(), i));
    }
    dated.sort((a, b) -> a.second() != b.second() ? Long.compare(b.second(), a.second())
        : a.nano() != b.nano() ? Integer.compare(b.nano(), a.nano())
        : NEWEST_FIRST.compare(placements.get(a.index()), placements.get(b.index())));
    return dated.stream().mapToInt(Dated::index).toArray();
  }

  /** Each grouping of the site with its terms: see {@link TermIndexer}. */
  private static List<SiteShape.GroupAt> groups(List<Placement> stories, List<Grouping> groupings,
      Map<String, DeclaredTerms> declared, String language, Problems problems) {
    List<SiteShape.GroupAt> out = new ArrayList<>();
    for (Grouping g : groupings) {
      out.add(new TermIndexer(g, declared.get(g.name()), language, problems).index(stories));
    }
    return List.copyOf(out);
  }

  /**
   * The organisations stories cite, each with the stories citing it or one of its documents, then
   * the documents that name no organisation, each with the stories citing it. A credit to
   * unnamed agencies is in neither: it names nobody a reader could look up.
   */
  private static List<SiteShape.SourceAt> sources(List<Placement> stories, String language) {
    Map<String, Source> first = new LinkedHashMap<>();
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    // a site's stories cite the same few sources over and over: each is looked at once
    Map<Source, Indexed> indexed = new java.util.HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      for (Source cited : stories.get(i).sources()) {
        Indexed at = indexed.computeIfAbsent(cited, SiteIndexer::indexed);
        if (at.entry() == null) {
          continue;
        }
        String key = at.key();
        Source entry = at.entry();
        first.merge(key, entry, (a, b) -> a.url().isEmpty() && !b.url().isEmpty() ? b : a);
        List<Integer> list = byKey.computeIfAbsent(key, s -> new ArrayList<>());
        // a story citing two documents of one organisation is listed once; it was added last if at all
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
    }
    List<SiteShape.SourceAt> out = new ArrayList<>();
    first.forEach((key, source) -> out.add(new SiteShape.SourceAt(source, ints(byKey.get(key)))));
    out.sort(Comparator.comparing((SiteShape.SourceAt s) -> !s.source().hasOrganisation())
        .thenComparing(byName(s -> s.source().name(), language))
        .thenComparing(s -> s.source().slug()).thenComparing(s -> s.source().url()));
    return List.copyOf(out);
  }

  /** Where a cited source is listed: under {@code key}, as {@code entry} (its organisation, or the document itself); nowhere when null. */
  private record Indexed(String key, Source entry) {}

  /** Where {@code cited} is listed: nowhere for a credit to unnamed agencies. */
  private static Indexed indexed(Source cited) {
    if (cited.isUnnamedAgency()) {
      return new Indexed("", null);
    }
    Source entry = !cited.hasOrganisation() || cited.isOrganisation() ? cited
        : Source.organisation(cited.publisherName(), "", cited.type());
    return new Indexed(cited.hasOrganisation() ? "organisation " + cited.publisherSlug()
        : "document " + (cited.url().isEmpty() ? cited.slug() : cited.url()), entry);
  }

  private static List<SiteShape.MonthAt> archive(List<Placement> stories) {
    TreeMap<YearMonth, List<Integer>> months = new TreeMap<>(Comparator.reverseOrder());
    for (int i = 0; i < stories.size(); i++) {
      months.computeIfAbsent(YearMonth.from(stories.get(i).date()), m -> new ArrayList<>()).add(i);
    }
    List<SiteShape.MonthAt> out = new ArrayList<>();
    months.forEach((month, list) -> out.add(new SiteShape.MonthAt(month, ints(list))));
    return List.copyOf(out);
  }

  static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
