package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * List pages take their photos from small files: a card's thumbnail has the 240 and 360 px files
 * in its srcset and sizes as wide as the theme draws it, so a phone fetches the smallest sharp
 * file; only the lead is loaded at once.
 */
class CardPhotosTest {
  @TempDir
  java.nio.file.Path dir;

  private static String story(String slug, int hour, String photo) {
    return """
        -- content/stories/%s.md --
        ---
        title: Story %s
        date: 2021-10-18T%02d:00:00+02:00
        topics: [Harbours]
        sources: [reuters]
        image:
          src: /images/%s
          alt: A harbour at dawn
          credit: Jane Doe/Agency
        ---

        The ferry left the harbour at dawn.
        """.formatted(slug, slug, hour, photo);
  }

  private TestSite site() {
    return TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + story("lead", 18, "lead.jpg") + story("wide", 17, "wide.jpg")
        + story("tall", 16, "tall.jpg"))
        .writeBytes("static/images/lead.jpg", TestImages.jpeg(2400, 1600, 1))
        .writeBytes("static/images/wide.jpg", TestImages.jpeg(2400, 1600, 2))
        .writeBytes("static/images/tall.jpg", TestImages.jpeg(1000, 1500, 3))
        .build();
  }

  @Test
  void aCardsThumbnailOffersThe240To480PxFilesWithSizesAsWideAsTheThemeDrawsIt() throws Exception {
    TestSite site = site();
    for (String page : List.of("", "briefings/2021-10-18/", "topics/harbours/")) {
      Document html = site.html(page);
      Element wide = html.selectFirst("article:has(a[href$=/story-wide/]) .card-photo img");
      assertThat(wide.attr("src")).as(page).isEqualTo("/images/wide-240w.jpg");
      // up to 480 px: a 3× phone would otherwise take the 960 px file for a 7.5rem square
      assertThat(wide.attr("srcset")).as(page).isEqualTo("/images/wide-240w.jpg 240w, /images/wide-360w.jpg 360w, "
          + "/images/wide-480w.jpg 480w");
      // a 3:2 photo fills the 7.5rem square by its height: it is drawn 7.5 × 1.5 rem wide
      assertThat(wide.attr("sizes")).as(page).isEqualTo("11.25rem");
      Element tall = html.selectFirst("article:has(a[href$=/story-tall/]) .card-photo img");
      assertThat(tall.attr("sizes")).as(page + ": a portrait photo fills the square by its width").isEqualTo("7.5rem");
      assertThat(tall.attr("srcset")).as(page).isEqualTo("/images/tall-240w.jpg 240w, /images/tall-360w.jpg 360w, /images/tall-480w.jpg 480w");
      assertThat(new HtmlValidator().errors(site.out().resolve(page).resolve("index.html"))).as(page).isEmpty();
    }
  }

  @Test
  void onlyTheLeadIsLoadedAtOnceAndItsSizesFollowThePagesColumns() {
    TestSite site = site();
    Element frontLead = site.html("").selectFirst(".story-card.lead .card-photo img");
    assertThat(frontLead.attr("src")).isEqualTo("/images/lead.jpg");
    assertThat(frontLead.attr("sizes"))
        .isEqualTo("(min-width: 68rem) 46rem, (min-width: 64rem) calc(100vw - 22rem), (min-width: 48rem) 46rem, calc(100vw - 2rem)");
    Element editionLead = site.html("briefings/2021-10-18/").selectFirst(".story-card.lead .card-photo img");
    assertThat(editionLead.attr("sizes")).isEqualTo(
        "(min-width: 70rem) 32.75rem, (min-width: 64rem) calc(50vw - 2.25rem), (min-width: 48rem) 46rem, calc(100vw - 2rem)");
    for (String page : List.of("", "briefings/2021-10-18/", "topics/harbours/", "2021/10/18/")) {
      Document html = site.html(page);
      for (Element img : html.select(".card-photo img")) {
        boolean lead = img.closest(".story-card").hasClass("lead");
        assertThat(img.attr("loading")).as(page + " " + img.attr("src")).isEqualTo(lead ? "" : "lazy");
        assertThat(img.attr("fetchpriority")).as(page + " " + img.attr("src")).isEqualTo(lead ? "high" : "");
      }
      assertThat(html.select(".card-photo img[loading=lazy]")).as(page).isNotEmpty();
    }
  }

  @Test
  void everyFileASrcsetNamesIsPublishedAtTheWidthItStates() throws Exception {
    TestSite site = site();
    for (String page : List.of("", "2021/10/18/story-tall/")) {
      assertThat(site.html(page).select("img[srcset]")).as(page).isNotEmpty();
      for (Element img : site.html(page).select("img[srcset]")) {
        for (String candidate : img.attr("srcset").split(",\\s*")) {
          String[] parts = candidate.split(" ");
          int stated = Integer.parseInt(parts[1].replace("w", ""));
          assertThat(ResponsivePhotosTest.read(site, parts[0].substring(1)).getWidth()).as(candidate).isEqualTo(stated);
        }
      }
    }
    assertThat(ResponsivePhotosTest.read(site, "images/tall-240w.jpg").getHeight()).isEqualTo(360);
  }
}
