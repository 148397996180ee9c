package org.briefing.enrich;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefing.config.SiteConfig;
import org.briefing.model.ArchiveMonth;
import org.briefing.model.Article;
import org.briefing.model.Edition;
import org.briefing.model.Site;
import org.briefing.model.Slugs;
import org.briefing.model.Source;
import org.briefing.model.SourceIndex;
import org.briefing.model.Topic;

/** Builds the site's indexes: topics, sources and the monthly archive. */
public final class SiteIndexer {
  /** Newest first; equal dates by slug, so that the order never depends on the file system. */
  public static final Comparator<Article> NEWEST_FIRST =
      Comparator.comparing(Article::date).reversed().thenComparing(Article::slug).thenComparing(a -> a.file().toString());

  private SiteIndexer() {}

  /**
   * Sorts stories into {@link #NEWEST_FIRST} order. Comparing two dates with time zones works out
   * both instants each time; at 10,000 stories that was a noticeable part of a rebuild, so the
   * instants are worked out once and the full comparison is left for stories of the same instant.
   */
  public static void sortNewestFirst(List<Article> articles) {
    record Dated(long second, int nano, Article article) {}
    List<Dated> dated = new ArrayList<>(articles.size());
    for (Article article : articles) {
      dated.add(new Dated(article.date().toEpochSecond(), article.date().getNano(), article));
    }
    dated.sort((a, b) -> a.second() != b.second() ? Long.compare(b.second(), a.second())
        : a.nano() != b.nano() ? Integer.compare(b.nano(), a.nano()) : NEWEST_FIRST.compare(a.article(), b.article()));
    for (int i = 0; i < dated.size(); i++) {
      articles.set(i, dated.get(i).article());
    }
  }

  public static Site index(SiteConfig config, List<Article> articles, List<Edition> editions) {
    return new Site(config, articles, editions, topics(articles), sources(articles), archive(articles));
  }

  private static List<Topic> topics(List<Article> articles) {
    Map<String, String> names = new TreeMap<>();
    Map<String, List<Article>> bySlug = new LinkedHashMap<>();
    Map<String, String> slugs = new java.util.HashMap<>();
    for (Article article : articles) {
      for (String topic : article.topics()) {
        String slug = slugs.computeIfAbsent(topic, Slugs::of);
        names.putIfAbsent(slug, topic);
        bySlug.computeIfAbsent(slug, s -> new ArrayList<>()).add(article);
      }
    }
    List<Topic> topics = new ArrayList<>();
    names.forEach((slug, name) -> topics.add(new Topic(name, slug, List.copyOf(bySlug.get(slug)))));
    topics.sort(Comparator.comparing((Topic t) -> t.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Topic::slug));
    return List.copyOf(topics);
  }

  /**
   * The organisations stories cite, each with the stories citing it or one of its documents, then
   * the documents that name no organisation, each with the stories citing it. A credit to
   * unnamed agencies is in neither: it names nobody a reader could look up.
   */
  private static List<SourceIndex> sources(List<Article> articles) {
    Map<String, Source> first = new LinkedHashMap<>();
    Map<String, List<Article>> byKey = new LinkedHashMap<>();
    for (Article article : articles) {
      for (Source cited : article.sources()) {
        if (cited.isUnnamedAgency()) {
          continue;
        }
        Source entry = !cited.hasOrganisation() || cited.isOrganisation() ? cited
            : Source.organisation(cited.publisherName(), "", cited.type());
        String key = cited.hasOrganisation() ? "organisation " + cited.publisherSlug()
            : "document " + (cited.url().isEmpty() ? cited.slug() : cited.url());
        first.merge(key, entry, (a, b) -> a.url().isEmpty() && !b.url().isEmpty() ? b : a);
        List<Article> list = byKey.computeIfAbsent(key, s -> new ArrayList<>());
        // an article citing two documents of one organisation is listed once; it was added last if at all
        if (list.isEmpty() || list.get(list.size() - 1) != article) {
          list.add(article);
        }
      }
    }
    List<SourceIndex> out = new ArrayList<>();
    first.forEach((key, source) -> out.add(new SourceIndex(source, List.copyOf(byKey.get(key)))));
    out.sort(Comparator.comparing((SourceIndex s) -> !s.source().hasOrganisation())
        .thenComparing(s -> s.source().name().toLowerCase(java.util.Locale.ROOT))
        .thenComparing(s -> s.source().slug()).thenComparing(s -> s.source().url()));
    return List.copyOf(out);
  }

  private static List<ArchiveMonth> archive(List<Article> articles) {
    TreeMap<YearMonth, List<Article>> months = new TreeMap<>(Comparator.reverseOrder());
    for (Article article : articles) {
      months.computeIfAbsent(YearMonth.from(article.date()), m -> new ArrayList<>()).add(article);
    }
    List<ArchiveMonth> out = new ArrayList<>();
    months.forEach((month, list) -> out.add(new ArchiveMonth(month, List.copyOf(list))));
    return List.copyOf(out);
  }

}
