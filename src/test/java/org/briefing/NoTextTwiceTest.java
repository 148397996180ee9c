package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page that lists an edition says each thing once: headlines and standfirsts in "In brief", summaries on the cards. */
class NoTextTwiceTest {
  private static final int MIN_CHARS = 40;

  @TempDir Path dir;

  private static final String STORIES = """
      -- content/grain.md --
      ---
      title: Grain exports resume from the northern port
      date: 2021-10-18T10:00:00+02:00
      sources: [reuters]
      standfirst: The first ship in three weeks has left with wheat for Egypt.
      topics: [Trade]
      ---

      The first grain ship in three weeks left the northern port on Monday, carrying wheat bound for Egypt.
      Port officials said the grain corridor would stay open as long as the weather allowed.

      Traders said grain prices fell by two percent after the ship sailed.
      -- content/rail.md --
      ---
      title: Rail workers end a four-day strike
      date: 2021-10-18T11:00:00+02:00
      sources: [reuters]
      topics: [Transport]
      ---

      Rail workers returned to work on Monday after a four-day strike over pay that stopped most trains in the south.
      The union said members had accepted a pay rise of four percent over two years.

      Commuters said the trains were crowded but mostly on time on the first morning.
      -- content/budget.md --
      ---
      title: Council passes budget after long debate
      date: 2021-10-18T12:00:00+02:00
      sources: [reuters]
      standfirst: The city council passed its budget for next year late on Monday evening.
      ---

      The city council passed its budget for next year late on Monday evening after a debate of nine hours.
      The budget raises spending on schools and cuts the money for new roads.
      """;

  @Test
  void theEditionAndFrontPagesPrintNoParagraphOrListItemTwice() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + STORIES).build();
    for (String path : List.of("", "briefings/2021-10-18/")) {
      Document page = site.html(path);
      assertThat(page.select(".in-brief li")).as(path).hasSize(3);
      assertThat(page.select(".story-card .summary")).as(path).hasSize(3);
      List<Element> blocks = page.select("main p, main li");
      for (Element block : blocks) {
        String own = block.ownText().replaceFirst("^[\\s—–-]+", "").strip();
        if (own.length() < MIN_CHARS) {
          continue;
        }
        List<Element> repeats = blocks.stream()
            .filter(other -> other != block && !other.parents().contains(block) && !block.parents().contains(other))
            .filter(other -> other.text().contains(own))
            .toList();
        assertThat(repeats).as(path + ": \"" + own + "\" is printed again").isEmpty();
      }
      assertThat(page.select(".in-brief li").eachText()).as(path)
          .anyMatch(li -> li.equals("Grain exports resume from the northern port — The first ship in three weeks has left with wheat for Egypt."))
          .contains("Rail workers end a four-day strike");
    }
  }
}
