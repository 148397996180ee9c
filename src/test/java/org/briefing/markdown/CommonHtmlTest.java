package org.briefing.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.bench.CorpusGenerator;
import org.briefing.load.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The direct HTML writer must write what Flexmark's renderer writes, or leave the document to it. */
class CommonHtmlTest {

  /** Everyday copy: each of these must be written by {@link CommonHtml}, not left to Flexmark. */
  private static final List<String> EVERYDAY = List.of(
      "Plain text.",
      "It's a \"quoted\" word -- and a dash --- and dots... and 'single' quotes.",
      "Tags <b>bold</b> & ampersands &amp; entities &copy; &#169; &#xA9; &bogus; & done.",
      "Back\\*slash \\[escapes\\] and \\\\ a backslash.",
      "*em* **strong** ***both*** _under_ __score__ ~~struck~~ `code <x> & \"y\"` ``two  `ticks` ``.",
      "Line one\nline two  \nhard break\\\nand another.",
      "# One\n\n## Two *em*\n\n### Three \"q\" & <a>\n\n## Two *em*\n\nSetext\n======\n\nSub\n---\n",
      "## Same\n\n## Same\n\n## Same-1\n\n## Ünïcode héading ü\n\n## 2024: a year! (in review)",
      "[a link](https://example.org/a?b=1&c=2) [titled](/x \"The \\\"title\\\"\") [amp](/y?a=1&amp;b=2 'T&amp;C')",
      "He said [sic] it, [File: Jane Doe/Pool/Agency] and [*emphasis* in \\] brackets] [].",
      "[spaces](<https://example.org/a b>) [unicode](https://example.org/é) [empty]() [frag](#top)",
      "<https://example.org/auto> and www.example.org and https://example.org/bare and mail@example.org.",
      "<mail@example.org> and <https://example.org/a?b=\"c\">.",
      "[up](../17/other/) [down](notes/x.pdf?p=1#s) [here](./) [dots](a/../../b/./c) [query](?q=1) [escaped](%2e%2e/x%20y/)",
      "> A quote \"here\".\n> Next line.\n>\n> Second para.\n\n> > Nested\n",
      "- one\n- two\n  - nested\n  - nested two\n- three\n",
      "1. first\n2. second\n\n   Still second.\n3. third\n",
      "3) three\n4) four\n\n7. seven\n",
      "* loose\n\n* list\n\n+ other marker\n",
      "- item with **strong**\n\n  > quote in item\n- [link](/a) in item\n",
      "Para\n\n---\n\n***\n\nAfter rule.",
      "A paragraph\nwith a soft break.\n\n\n\nAfter blank lines.",
      "Windows\r\nline ends\r\n\r\nSecond\r\n",
      "Quotes at \"start\" and 'end' and it's, rock 'n' roll, 'tis, the '90s.",
      "Ellipsis . . . and ... and &hellip; and em---dash and en--dash.",
      "Text with an <!-- inline comment --> and <span class=\"x\">inline html</span>.",
      "Emoji 🙂 and accents: café, naïve, Zürich, Gdańsk, Çanakkale.",
      "A line ending with a backslash\\",
      "**Bold at start** of a paragraph and _emphasis at the end_");

  /** Constructs left to Flexmark: the writer must answer null for these, never different HTML. */
  private static final List<String> OTHER = List.of(
      "| a | b |\n|---|:-:|\n| 1 | 2 |\n",
      "Text[^1].\n\n[^1]: A note.\n",
      "```java\ncode & <x>\n```\n",
      "    indented code\n",
      "[ref] and [text][ref].\n\n[ref]: /r \"R\"\n",
      "![alt *text*](/img.png \"T\")",
      "<div>block html</div>\n");

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everydayCopyIsWrittenDirectlyAsFlexmarkWouldWriteIt(boolean allowRawHtml) {
    // at the root of its host, and under a sub-path, which links written from the root get; for no page, and a page's text
    for (MarkdownRenderer renderer : List.of(new MarkdownRenderer(allowRawHtml), new MarkdownRenderer(allowRawHtml, "/briefings/"))) {
      for (String page : java.util.Arrays.asList(null, "2021/10/18/story/")) {
        for (String markdown : EVERYDAY) {
          String common = renderer.commonHtml(markdown, page);
          assertThat(common).as("written directly: %s", markdown).isNotNull();
          assertThat(common).as("same HTML as Flexmark for: %s", markdown).isEqualTo(renderer.flexmarkHtml(markdown, page));
        }
      }
    }
  }

  @Test
  void linksWrittenFromTheSiteRootGetItsPathAndNoOtherLinkChanges() {
    MarkdownRenderer renderer = new MarkdownRenderer(false, "/briefings/");
    String html = renderer.render("""
        [a](/about/) [b](https://example.org/about/) [c](about/) [d](#top) [e](?page=2) [f](mailto:desk@example.org)
        [g][ref] <https://example.org/auto> ![h](/images/map.png "Map") ![i](map.png) [j](/briefings/about/) [k](/briefings)

        [ref]: /corrections/
        """).html();
    var links = org.jsoup.Jsoup.parseBodyFragment(html).select("a[href]").eachAttr("href");
    assertThat(links).containsExactly("/briefings/about/", "https://example.org/about/", "about/", "#top", "?page=2",
        "mailto:desk@example.org", "/briefings/corrections/", "https://example.org/auto", "/briefings/about/", "/briefings");
    assertThat(org.jsoup.Jsoup.parseBodyFragment(html).select("img").eachAttr("src")).containsExactly("/briefings/images/map.png", "map.png");
    assertThat(new MarkdownRenderer(false, "/").render("[a](/about/)").html()).contains("href=\"/about/\"");
    assertThat(new MarkdownRenderer(false, "/briefings").render("[a](/about/)").html()).as("a path without its last slash")
        .contains("href=\"/briefings/about/\"");
  }

  @Test
  void relativeLinksOfAPagesTextArePublishedFromTheHostsRootAsReadFromThatPage() {
    MarkdownRenderer renderer = new MarkdownRenderer(true, "/briefings/");
    String markdown = """
        [a](../../17/other/) [b](notes.pdf?p=2#x) [c](./) [d](../../../../../up/) [e](#top) [f](?page=2) [g](/about/)
        [h](https://example.org/x) [i](mailto:desk@example.org) <desk@example.org> www.example.org [j][ref] [k](..\\x)
        <a href="raw/">raw</a> ![l](map.png) ![m][img]

        | table |
        |---|
        | [n](../n/) |

        [ref]: ../../16/third/
        [img]: ../pic.png "Photo: Desk"
        """;
    for (String html : List.of(renderer.render(markdown, "2021/10/18/story/").html(),
        renderer.renderBlock(markdown, "2021/10/18/story/"), renderer.renderInline("[a](../../17/other/)", "2021/10/18/story/"))) {
      var doc = org.jsoup.Jsoup.parseBodyFragment(html);
      var expected = List.of("/briefings/2021/10/17/other/", "/briefings/2021/10/18/story/notes.pdf?p=2#x", "/briefings/2021/10/18/story/",
          "/up/", "#top", "?page=2", "/briefings/about/", "https://example.org/x", "mailto:desk@example.org", "mailto:desk@example.org",
          "http://www.example.org", "/briefings/2021/10/16/third/", "/briefings/2021/10/18/story/..\\x", "raw/", "/briefings/2021/10/18/n/");
      assertThat(doc.select("a[href]").eachAttr("href")).as(html).containsExactlyElementsOf(
          html.contains("<table") ? expected : expected.subList(0, 1));
      if (html.contains("<table")) {
        assertThat(doc.select("img").eachAttr("src")).containsExactly("/briefings/2021/10/18/story/map.png", "/briefings/2021/10/18/pic.png");
      }
    }
    // text of no page (a summary, an import) keeps them as written
    assertThat(org.jsoup.Jsoup.parseBodyFragment(renderer.render("[a](../17/other/)").html()).select("a").attr("href")).isEqualTo("../17/other/");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void otherConstructsAreLeftToFlexmark(boolean allowRawHtml) {
    MarkdownRenderer renderer = new MarkdownRenderer(allowRawHtml);
    for (String markdown : OTHER) {
      String common = renderer.commonHtml(markdown, null);
      assertThat(common).as("left to Flexmark: %s", markdown).isNull();
      assertThat(renderer.render(markdown).html()).isEqualTo(renderer.flexmarkHtml(markdown, null));
    }
  }

  @Test
  void everyStoryOfAGeneratedCorpusAndTheBundledExampleIsWrittenAsFlexmarkWouldWriteIt(@TempDir Path dir) throws IOException {
    new CorpusGenerator(120, 7).write(dir);
    List<Path> files = new ArrayList<>(markdownFiles(dir.resolve("site/content")));
    files.addAll(markdownFiles(Path.of("content")));
    MarkdownRenderer renderer = new MarkdownRenderer(false);
    int direct = 0;
    for (Path file : files) {
      String body = FrontMatter.split(Files.readString(file), file).body();
      String common = renderer.commonHtml(body, null);
      if (common != null) {
        direct++;
        assertThat(common).as("same HTML as Flexmark for %s", file).isEqualTo(renderer.flexmarkHtml(body, null));
      }
    }
    assertThat(direct).as("stories written directly").isGreaterThanOrEqualTo(120);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aTextParsedWithOnlyTheExtensionsItCouldNeedGivesWhatEveryExtensionGives(boolean allowRawHtml, @TempDir Path dir)
      throws IOException {
    new CorpusGenerator(60, 11).write(dir);
    List<String> texts = new ArrayList<>(EVERYDAY);
    texts.addAll(OTHER);
    texts.addAll(List.of("No pipes, notes, tildes or bare links here.", "a | b", "Note[^x]\n\n[^x]: N", "~~gone~~ and ~one~",
        "see www.example.org", "write to a@example.org", "[link](https://example.org) and https://example.org",
        "More at (https://example.org/more) today.", "[t](https://example.org/a b)", "[t](https://example.org/a \"T\")",
        "<https://example.org/a b>", "x<https://example.org/a>y", "[a](<https://example.org/a>)"));
    for (Path file : Stream.concat(markdownFiles(dir.resolve("site/content")).stream(), markdownFiles(Path.of("content")).stream()).toList()) {
      texts.add(FrontMatter.split(Files.readString(file), file).body());
    }
    MarkdownRenderer renderer = new MarkdownRenderer(allowRawHtml);
    for (String markdown : texts) {
      assertThat(renderer.render(markdown)).as(markdown).isEqualTo(renderer.renderWithEveryExtension(markdown));
    }
    assertThat(MarkdownRenderer.extensionsFor("Plain words, \"quoted\" -- dashed.")).as("plain copy needs none").isZero();
  }

  @Test
  void characterReferencesAreRecognisedAsFlexmarkRecognisesThem() {
    assertThat(CommonHtml.entityEnd("&amp;", 0)).isEqualTo(5);
    assertThat(CommonHtml.entityEnd("&#12345678;", 0)).isEqualTo(11);
    assertThat(CommonHtml.entityEnd("&#123456789;", 0)).isEqualTo(-1);
    assertThat(CommonHtml.entityEnd("&#XaF;", 0)).isEqualTo(6);
    assertThat(CommonHtml.entityEnd("&a;", 0)).isEqualTo(-1);
    assertThat(CommonHtml.entityEnd("&1a;", 0)).isEqualTo(-1);
    assertThat(CommonHtml.entityEnd("& amp;", 0)).isEqualTo(-1);
    assertThat(CommonHtml.entityEnd("&amp", 0)).isEqualTo(-1);
  }

  private static List<Path> markdownFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }
}
