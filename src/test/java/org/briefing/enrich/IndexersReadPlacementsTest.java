package org.briefing.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefing.model.Article;
import org.briefing.model.Body;
import org.briefing.model.Correction;
import org.briefing.model.Link;
import org.briefing.model.Photo;
import org.briefing.model.Placement;
import org.briefing.model.Source;
import org.junit.jupiter.api.Test;

/**
 * The shape of the site (order, editions, topics, sources, months, related stories, sitemap) is
 * worked out from placements alone, so a rebuild that finds every placement as it was may keep
 * the shape it stored. These tests fail when an indexer reaches a story's other fields, or when
 * {@link Placement#of} stops copying a field the indexers are told they get.
 */
class IndexersReadPlacementsTest {
  /** The classes that work out the shape, with their nested and local classes. */
  private static final List<String> INDEXERS = List.of("SiteIndexer", "TermIndexer", "EditionBuilder", "RelatedStories");
  private static final String ARTICLE = "org/briefing/model/Article";

  @Test
  void noIndexerCanReadAStoryOnlyItsPlacement() throws IOException {
    Path classes = Path.of("target/classes/org/briefing/enrich");
    List<String> reaching = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : files.filter(f -> INDEXERS.stream().anyMatch(name -> isClassOf(f, name))).sorted().toList()) {
        // a class that names Article in its constant pool (as a type, in a method or a field) can reach a story's fields
        String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        for (int at = pool.indexOf(ARTICLE); at >= 0; at = pool.indexOf(ARTICLE, at + 1)) {
          if (!Character.isJavaIdentifierPart(pool.charAt(at + ARTICLE.length()))) {
            reaching.add(file.getFileName().toString());
            break;
          }
        }
      }
    }
    assertThat(INDEXERS).allSatisfy(name -> assertThat(classes.resolve(name + ".class")).exists());
    assertThat(reaching).as("indexers that name Article: give them what they need through Placement instead").isEmpty();
  }

  @Test
  void aPlacementCopiesEachOfItsFieldsFromTheStoryFieldOfTheSameName() throws Exception {
    ZonedDateTime date = ZonedDateTime.of(2021, 10, 18, 9, 30, 0, 0, ZoneId.of("Europe/Brussels"));
    Article story = new Article(Path.of("content/stories/a.md"), "a-slug", true, "2021/10/18/a-slug/", "A title", date,
        date.plusHours(5), "A standfirst", null, List.of("Energy", "Trade"), List.of("Brussels"), List.of("A. Writer"), Map.of("series", List.of("Winter")),
        List.of(Source.organisation("Reuters", "https://www.reuters.com/", "agency")),
        new Photo("/images/a.jpg", Path.of("static/images/a.jpg"), "images/a.jpg", "alt", "caption", "credit"),
        true, LocalDate.of(2021, 10, 19), "<p>why</p>", List.of("<p>point</p>"), "<p>next</p>",
        List.of(new Link("More", "https://example.org/")),
        List.of(new Correction(date.plusDays(1), Correction.Kind.CLARIFICATION, "A note")), List.of("old/address/"), "fr", Map.of("desk", "world"), new Body.InMemory("<p>text</p>", List.of("text")), 42,
        List.of(new org.briefing.markdown.WrittenLink(12, "/about/", false)));
    Placement placement = Placement.of(story);
    for (RecordComponent c : Placement.class.getRecordComponents()) {
      Object value = c.getAccessor().invoke(placement);
      switch (c.getName()) {
        case "photoFile" -> assertThat(value).isEqualTo(story.image().file());
        case "photoOutput" -> assertThat(value).isEqualTo(story.image().outputPath());
        case "photoFocus" -> assertThat(value).isEqualTo(story.image().focus());
        default -> assertThat(value).as(c.getName()).isEqualTo(Article.class.getMethod(c.getName()).invoke(story));
      }
    }
  }

  private static boolean isClassOf(Path file, String name) {
    String fileName = file.getFileName().toString();
    return fileName.equals(name + ".class") || fileName.startsWith(name + "$");
  }
}
