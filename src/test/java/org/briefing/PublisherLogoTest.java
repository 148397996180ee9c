package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publisher's logo in a story's structured data is an address a reader's tools can follow. */
class PublisherLogoTest {
  @TempDir Path dir;

  private String logoOf(String logo) {
    TestSite site = TestSite.of(dir.resolve(String.valueOf(logo.hashCode())), Fixtures.TWO_EDITIONS.replace("  name: Test Desk\n",
        "  name: Test Desk\n  logo: \"" + logo + "\"\n") + """
        -- static/images/our logo é.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>
        """);
    site.build();
    String json = site.html("2021/10/18/allies-regret-the-decision/").selectFirst("script[type=application/ld+json]").data();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"logo\":\\{\"@type\":\"ImageObject\",\"url\":\"([^\"]*)\"").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return m.group(1);
  }

  @Test
  void aLogoWhoseNameHasSpacesOrAccentsIsPercentEncoded() {
    // it was written raw, "https://example.org/images/our logo é.svg", which is no address
    String url = logoOf("/images/our logo é.svg");
    assertThat(url).isEqualTo("https://example.org/images/our%20logo%20%C3%A9.svg");
    assertThat(java.net.URI.create(url).getPath()).isEqualTo("/images/our logo é.svg");
  }

  @Test
  void aRemoteLogoIsKeptAsWritten() {
    assertThat(logoOf("https://cdn.example.net/logo.png?v=2")).isEqualTo("https://cdn.example.net/logo.png?v=2");
  }

  @Test
  void aLogoThatNamesNoFileOfTheSiteIsAnErrorAtItsLine() throws Exception {
    // it was published in every story's structured data, an address search engines could not fetch
    TestSite site = TestSite.of(dir.resolve("missing"), Fixtures.TWO_EDITIONS.replace("  name: Test Desk\n",
        "  name: Test Desk\n  logo: /images/logo.svg\n"));
    assertThat(site.buildFails()).singleElement().satisfies(p -> {
      assertThat(p.position().file().getFileName()).hasToString("briefing.yaml");
      assertThat(p.position().line()).isEqualTo(lineOf(site.dir().resolve("briefing.yaml"), "logo: /images/logo.svg"));
      assertThat(p.message()).isEqualTo("'publisher.logo' names images/logo.svg, which is no file of this site");
      assertThat(p.hint()).contains("static/images/logo.svg");
    });
  }

  @Test
  void aLogoMayBeAFileOfTheTheme() {
    assertThat(logoOf("/assets/favicon.svg")).isEqualTo("https://example.org/assets/favicon.svg");
  }

  private static int lineOf(Path file, String text) throws java.io.IOException {
    List<String> lines = java.nio.file.Files.readAllLines(file);
    return lines.indexOf(lines.stream().filter(l -> l.strip().equals(text)).findFirst().orElseThrow()) + 1;
  }
}
