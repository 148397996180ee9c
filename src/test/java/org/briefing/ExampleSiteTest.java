package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.pipeline.SiteBuilder;
import org.briefing.model.BuildSettings;
import org.briefing.write.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example briefing that ships in the repository builds, validates and keeps its promises. */
class ExampleSiteTest {
  static final Path REPOSITORY = Path.of("").toAbsolutePath();
  @TempDir static Path out;
  static SiteBuilder.Result result;

  @BeforeAll
  static void build() {
    result = new SiteBuilder().build(new BuildSettings(REPOSITORY, false, false, TestSite.NOW), null);
    new SiteWriter().write(out, result.files());
  }

  static List<Path> pages() throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void theExampleHasFourToEightStoriesInAtLeastTwoEditionsWithoutWarnings() throws IOException {
    assertThat(result.articles()).isBetween(4, 8);
    assertThat(Files.list(out.resolve("briefings")).filter(Files::isDirectory).count()).isGreaterThanOrEqualTo(2);
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void everyPageIsValidHtml() throws IOException {
    HtmlValidator validator = new HtmlValidator();
    List<String> errors = new ArrayList<>();
    for (Path page : pages()) {
      // an email carries Outlook's namespaces on <html> for its Office settings (docs/email.md), which HTML does not know
      boolean email = page.getFileName().toString().equals("email.html");
      validator.errors(page).stream()
          .filter(e -> !(email && (e.endsWith("error: Attribute “xmlns:v” not allowed here.") || e.endsWith("error: Attribute “xmlns:o” not allowed here."))))
          .forEach(e -> errors.add(out.relativize(page) + ": " + e));
    }
    assertThat(errors).isEmpty();
  }

  /**
   * Every page a reader or a search engine may land on is in sitemap.xml, whatever kind it is: a page type added
   * without its entry in {@code SitePages.sitemapData} fails here. Left out: the error page, the email of an edition,
   * a page whose canonical address is another (a month's date address is its archive page), and pages that ask not to
   * be indexed (an old address leading to its story, the search page).
   */
  @Test
  void everyIndexablePageIsInTheSitemap() throws IOException {
    Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
    java.util.Set<String> listed = new java.util.HashSet<>(sitemap.select("url > loc").eachText());
    String base = sitemap.selectFirst("url > loc").text();
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      String rel = out.relativize(page).toString().replace('\\', '/');
      Document doc = Jsoup.parse(page.toFile());
      String address = base + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
      if (rel.equals("404.html") || rel.endsWith("email.html") || doc.selectFirst("meta[name=robots][content~=noindex]") != null
          || !doc.select("link[rel=canonical]").attr("href").equals(address)) {
        continue;
      }
      if (!listed.contains(address)) {
        missing.add(rel);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(listed).hasSizeGreaterThan(20);
  }

  @Test
  void everyStoryNamesItsSourcesAndEveryPhotoItsCredit() throws IOException {
    int stories = 0;
    for (Path page : pages()) {
      Document doc = Jsoup.parse(page.toFile());
      if (doc.selectFirst("article.story") == null) {
        continue;
      }
      stories++;
      assertThat(doc.select(".sources-block li")).as(page.toString()).isNotEmpty();
      for (var figure : doc.select("figure.lead-image")) {
        assertThat(figure.select(".credit").text()).as(page.toString()).isNotBlank();
        assertThat(figure.select("img").attr("alt")).as(page.toString()).isNotBlank();
      }
      assertThat(doc.select("script[type=application/ld+json]").html()).contains("\"NewsArticle\"", "creditText", "isBasedOn");
    }
    assertThat(stories).isEqualTo(result.articles());
  }

  @Test
  void everyInternalLinkLeadsToAFile() throws IOException {
    for (Path page : pages()) {
      Document doc = Jsoup.parse(page.toFile());
      for (var element : doc.select("a[href^=/], img[src^=/], link[href^=/]")) {
        String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        String path = link.substring(1).replaceFirst("[?#].*$", "");
        Path target = out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        assertThat(target).as(out.relativize(page) + " → " + link).exists();
      }
    }
  }

  @Test
  void everyAuthorOfTheExampleHasAPageAndTheDeclaredOnesTheirRoleAndPortrait() throws IOException {
    List<String> declared = new ArrayList<>();
    for (String line : Files.readAllLines(REPOSITORY.resolve("content/authors.yaml"))) {
      if (!line.isBlank() && !line.startsWith("#") && !line.startsWith(" ")) {
        declared.add(line.substring(0, line.indexOf(':')));
      }
    }
    assertThat(declared).hasSizeBetween(2, 3);
    Document index = Jsoup.parse(out.resolve("authors/index.html").toFile());
    assertThat(index.select("main li a").eachText()).containsAll(declared);
    for (String name : declared) {
      Path page = out.resolve("authors/" + org.briefing.model.Slugs.of(name) + "/index.html");
      Document author = Jsoup.parse(page.toFile());
      assertThat(author.select("main .role").text()).as(name).isNotEmpty();
      assertThat(author.select("main .term-photo figcaption").text()).as(name).isNotEmpty();
      assertThat(author.select("main article")).as(name).isNotEmpty();
    }
    assertThat(Jsoup.parse(out.resolve("places/brussels/index.html").toFile()).select("main .description").text()).isNotEmpty();
  }

  @Test
  void theValidatorReportsABrokenPage(@TempDir Path scratch) throws IOException {
    Path broken = scratch.resolve("broken.html");
    Files.writeString(broken, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p>a</div></body></html>");
    assertThat(new HtmlValidator().errors(broken)).isNotEmpty();
  }
}
