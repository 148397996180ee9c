package org.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An HTML page made fit for email clients: its images. */
class EmailHtmlTest {
  private static final URI BASE = URI.create("https://example.org/");

  private static Element image(String img, Map<String, ImageSize> sizes) {
    Document doc = Jsoup.parse(EmailHtml.prepare("<!DOCTYPE html><html><body><p>" + img + "</p></body></html>", "", BASE, sizes));
    return doc.selectFirst("img");
  }

  @Test
  void theSizeATemplateWritesOnAnImageWinsOverTheFilesAndIsScaledToTheColumn() {
    Element img = image("<img src=\"/a.png\" width=\"1104\" height=\"200\" alt=\"A\">", Map.of("https://example.org/a.png",
        new ImageSize(1200, 800)));
    assertThat(img.attr("width") + "x" + img.attr("height")).isEqualTo("550x100");
    assertThat(img.attr("style")).isEqualTo("max-width:100%;height:auto");
  }

  @Test
  void anImageOfUnknownSizeFillsTheColumnAndKeepsItsRatio() {
    Element img = image("<img src=\"https://cdn.example.net/a.png\" height=\"50%\" style=\"border:0;height:40px\" srcset=\"a2.png 2x\">",
        Map.of());
    assertThat(img.attr("width")).isEqualTo("550");
    assertThat(img.hasAttr("height")).isFalse();
    assertThat(img.hasAttr("srcset")).as("other files, of sizes no one read").isFalse();
    assertThat(img.attr("style")).isEqualTo("border:0;height:auto;max-width:100%");
    assertThat(img.attr("alt")).isEmpty();
  }

  /** A relative address a template writes is read from the email's page, whichever attribute holds it: no client reads one. */
  @Test
  void everyAddressAClientFollowsOrLoadsIsMadeFull() {
    Document doc = Jsoup.parse(EmailHtml.prepare("<!DOCTYPE html><html><body><table><tr><td background=\"bg.png\">"
        + "<a href=\"../\">all</a><video poster=\"still.png\"></video></td></tr></table></body></html>", "",
        URI.create("https://example.org/news/briefings/2021-10-19/"), Map.of()));
    assertThat(doc.selectFirst("td").attr("background")).isEqualTo("https://example.org/news/briefings/2021-10-19/bg.png");
    assertThat(doc.selectFirst("a").attr("href")).isEqualTo("https://example.org/news/briefings/");
    assertThat(doc.selectFirst("video").attr("poster")).isEqualTo("https://example.org/news/briefings/2021-10-19/still.png");
  }
}
