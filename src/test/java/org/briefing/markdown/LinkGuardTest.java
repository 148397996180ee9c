package org.briefing.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.links.LinkPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinkGuardTest {
  private final MarkdownRenderer escaping = new MarkdownRenderer(false);
  private final MarkdownRenderer rawHtml = new MarkdownRenderer(true);

  /** Markdown with one hostile link on its third line, in each way Markdown can write a link. */
  static List<String> hostile() {
    return List.of(
        "[x](JAVASCRIPT:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](javas&#99;ript:alert(1))",
        "[x](java&#09;script:alert(1))",
        "[x](java&#10;script:alert(1))",
        "[x](java&NewLine;script:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](<java\\\nscript:alert(1)>)".replace("\\\n", "&Tab;"),
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](%6A%61vascript:alert(1))",
        "[x](/\\evil.example/x)",
        "[x](//evil.example/x)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml,x)",
        "[x][r] and ![y][r]\n\n[r]: javascript:alert(1)",
        "[x]\n\n[x]: JavaScript:alert(1)",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:x>",
        "| a |\n|---|\n| [x](javascript:alert(1)) |",
        "> - **[x](javascript:alert(1))**",
        "Footnote[^1].\n\n[^1]: See [x](javascript:alert(1)).");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void refusedLinksAreLeftOutAndReportedAtTheirLine(String link) {
    String markdown = "Intro.\n\n" + link + "\n";
    for (MarkdownRenderer renderer : List.of(escaping, rawHtml)) {
      RenderedMarkdown rendered = renderer.render(markdown);
      assertOnlyAllowedLinks(rendered.html());
      assertThat(rendered.refusedLinks()).as(link).isNotEmpty();
      assertThat(rendered.refusedLinks()).extracting(RefusedLink::line).allMatch(line -> line >= 3, "on line 3 or after");
      assertOnlyAllowedLinks(renderer.renderBlock(markdown));
      assertOnlyAllowedLinks(renderer.renderInline(link));
      assertThat(renderer.refusedLinks(markdown)).isEqualTo(rendered.refusedLinks());
    }
  }

  @Test
  void aRefusedLinkKeepsItsText() {
    RenderedMarkdown rendered = escaping.render("Read [the *report*](javascript:alert(1)) and ![a map](vbscript:x).\n");
    assertThat(rendered.html()).isEqualTo("<p>Read the <em>report</em> and a map.</p>\n");
    assertThat(rendered.refusedLinks()).extracting(RefusedLink::link).containsExactly("javascript:alert(1)", "vbscript:x");
    assertThat(rendered.refusedLinks().get(0).reason()).contains("'javascript:'");
  }

  @Test
  void theLineOfARefusedLinkCountsTheLinesOfCommentsCutBeforeIt() {
    String markdown = "Intro.\n\n<!-- a note\nfor the desk\nover four lines -->\n\nSee [x](javascript:alert(1)).\n";
    assertThat(escaping.render(markdown).refusedLinks()).extracting(RefusedLink::line).containsExactly(7);
    assertThat(rawHtml.refusedLinks(markdown)).extracting(RefusedLink::line).containsExactly(7);
  }

  @Test
  void allowedLinksAreKept() {
    String html = escaping.render("[a](https://example.org/?a=1&b=2) [b](/x/) [c](#top) [d](mailto:desk@example.org) <https://example.org>\n").html();
    assertThat(Jsoup.parse(html).select("a").eachAttr("href"))
        .containsExactly("https://example.org/?a=1&b=2", "/x/", "#top", "mailto:desk@example.org", "https://example.org");
  }

  @Test
  void addressesInRawHtmlAreJudgedWhenRawHtmlPassesThrough() {
    String markdown = "Text <a href=\"java&#x09;script:alert(1)\">x</a> and <img src=x srcset=\"a.png 1x, javascript:y 2x\">\n\n"
        + "<div><form action='JAVASCRIPT:z'></form></div>\n\n"
        + "<iframe src=data:text/html,x></iframe>\n";
    RenderedMarkdown rendered = rawHtml.render(markdown);
    assertOnlyAllowedLinks(rendered.html());
    assertThat(rendered.refusedLinks()).extracting(RefusedLink::line).containsExactly(1, 1, 3, 5);
    RenderedMarkdown allowed = rawHtml.render("<a href=\"https://example.org/\">ok</a>\n");
    assertThat(allowed.refusedLinks()).isEmpty();
    assertThat(allowed.html()).contains("href=\"https://example.org/\"");
  }

  @Test
  void escapedRawHtmlIsTextAndNotALink() {
    RenderedMarkdown rendered = escaping.render("<a href=\"javascript:alert(1)\">x</a>\n");
    assertThat(rendered.refusedLinks()).isEmpty();
    assertThat(Jsoup.parse(rendered.html()).select("a")).isEmpty();
  }

  private static void assertOnlyAllowedLinks(String html) {
    for (Element element : Jsoup.parse(html).select("[href], [src], [srcset], [action]")) {
      for (String attribute : List.of("href", "src", "action")) {
        if (element.hasAttr(attribute)) {
          assertThat(LinkPolicy.allows(element.attr(attribute))).as(html).isTrue();
        }
      }
      assertThat(element.attr("srcset")).doesNotContainIgnoringCase("script");
    }
  }
}
