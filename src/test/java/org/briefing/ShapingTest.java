package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefing.config.SiteConfig;
import org.briefing.enrich.EditionBuilder;
import org.briefing.enrich.SiteIndexer;
import org.briefing.enrich.SiteShape;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.model.Article;
import org.briefing.model.Body;
import org.briefing.model.BuildSettings;
import org.briefing.model.Placement;
import org.briefing.model.Source;
import org.briefing.pipeline.SiteInputs;
import org.briefing.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edit path works out the site's shape on two threads ({@link SiteIndexer.Shaping}): one starts
 * it, the other joins and does the parts not started yet. Whoever does which part, the shape and
 * the problems reported are those of one thread doing it all.
 */
class ShapingTest {
  @TempDir Path dir;

  @Test
  @Timeout(60) // a part that waits for an order no thread makes would wait for ever
  void twoThreadsSharingTheWorkGiveTheShapeAndProblemsOfOne() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    BuildSettings settings = new BuildSettings(dir, false, false, TestSite.NOW);
    SiteInputs inputs = SiteInputs.read(settings, null, new Problems());
    SiteConfig config = inputs.config();
    MarkdownRenderer markdown = new MarkdownRenderer(false);
    List<Placement> placements = placements(400);

    Problems alone = new Problems();
    SiteShape serial = SiteIndexer.shape(placements, new EditionBuilder(config, inputs.strings(), markdown, List.of(), false, alone), List.of(),
        config.groups(), inputs.terms(), config.language(), alone);
    assertThat(alone.all()).as("spellings merged into one topic are reported").isNotEmpty();

    for (int round = 0; round < 30; round++) {
      Problems shared = new Problems();
      SiteIndexer.Shaping shaping = new SiteIndexer.Shaping(placements, new EditionBuilder(config, inputs.strings(), markdown, List.of(), false, shared),
          List.of(), config.groups(), inputs.terms(), config.language(), shared);
      Thread other = new Thread(shaping);
      SiteShape shape;
      if (round % 3 == 0) {
        shape = shaping.join(); // nobody else: this thread does every part, and the other finds them done
        other.start();
      } else {
        other.start();
        if (round % 3 == 2) {
          Thread.sleep(1);
        }
        shape = shaping.join();
      }
      other.join();
      assertThat(shape).as("round " + round).usingRecursiveComparison().isEqualTo(serial);
      assertThat(shared.all()).as("round " + round).isEqualTo(alone.all());
    }
  }

  /** Stories over forty days, with topics spelt two ways, a few sources and places. */
  private static List<Placement> placements(int count) {
    List<String> topics = List.of("Energy", "energy", "Trade", "Climate", "Elections");
    List<Source> sources = List.of(Source.organisation("Reuters", "https://www.reuters.com/", "agency"),
        Source.organisation("AP", "https://apnews.com/", "agency"));
    List<Placement> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ZonedDateTime date = ZonedDateTime.of(2021, 9, 1, 6, 0, 0, 0, ZoneId.of("Europe/Brussels")).plusHours(i * 2L + i % 7);
      String slug = "story-" + i;
      Article story = new Article(Path.of("content/stories/" + slug + ".md"), slug, false, date.toLocalDate().toString().replace('-', '/') + "/" + slug + "/",
          "Story " + i, date, null, "", null, List.of(topics.get(i % 5), topics.get((i / 5) % 5)), List.of(i % 2 == 0 ? "Brussels" : "Geneva"),
          List.of("A. Writer"), Map.of(), List.of(sources.get(i % 2)), null, false, null, "", List.of(), "", List.of(), List.of(), List.of(),
          "", Map.of(), new Body.InMemory("<p>text</p>", List.of("text")), 10, List.of());
      out.add(Placement.of(story));
    }
    return List.copyOf(out);
  }
}
