package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No link that runs a script, shows attacker-made content or leaves for another host is
 * published from any field of any file; each one is a build error at its file and line.
 */
class LinkSafetyTest {
  @TempDir Path dir;

  /** Hostile links as Markdown writes them, one per line of a story's body. */
  static final List<String> BODY_PAYLOADS = List.of(
      "- [x](JAVASCRIPT:alert(1))",
      "- [x](JaVaScRiPt:alert(1))",
      "- [x](&#106;avascript:alert(1))",
      "- [x](&#0000106;avascript:alert(1))",
      "- [x](&#x6A;avascript:alert(1))",
      "- [x](javascript&colon;alert(1))",
      "- [x](javas&#99;ript:alert(1))",
      "- [x](java&#09;script:alert(1))",
      "- [x](java&Tab;script:alert(1))",
      "- [x](java&#10;script:alert(1))",
      "- [x](java&NewLine;script:alert(1))",
      "- [x](jav&#x0A;ascript:alert(1))",
      "- [x](<javascript:alert(1)>)",
      "- [x](<java script:alert(1)>)".replace(" ", "&#13;"),
      "- [x](vbscript:msgbox(1))",
      "- [x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "- [x](%6A%61vascript:alert(1))",
      "- [x](javascript://%0Aalert(1))",
      "- [x](/\\evil.example/x)",
      "- [x](//evil.example/x)",
      "- [x](file:///etc/passwd)",
      "- ![x](javascript:alert(1))",
      "- ![x](data:image/svg+xml,x)",
      "- <javascript:alert(1)>",
      "- <VBSCRIPT:msgbox(1)>",
      "- bare javascript://%0Aalert(1) in text",
      "- [x][evil] and ![y][evil]",
      "",
      "[evil]: JavaScript:alert(1)");

  /** Text that looks like a hostile link but is not one, or links that are fine. */
  static final List<String> HARMLESS = List.of(
      "Code: `[x](javascript:alert(1))` and `javascript:alert(1)`.",
      "Escaped: \\[x\\](javascript:alert(1)) and plain javascript:alert(1) text.",
      "Fine: [a](https://example.org/javascript:x) [b](mailto:desk@example.org) [c](/about/) [d](#top) [e](../x.html)",
      "Shown as text: <a href=\"javascript:alert(1)\">x</a>");

  static String story(String extraFields, List<String> bodyLines) {
    return "---\ntitle: Links\ndate: 2021-10-18\nsources: [reuters]\n" + extraFields + "---\n\nIntro.\n\n"
        + String.join("\n", bodyLines) + "\n";
  }

  @Test
  void everyHostileLinkInAStoryIsAnErrorAtItsLine() {
    List<String> body = new ArrayList<>(HARMLESS);
    body.add("");
    body.addAll(BODY_PAYLOADS);
    String fields = """
        why_it_matters: "It matters: [x](JAVASCRIPT:alert(1))."
        key_points:
          - A fine point with [a link](https://example.org/).
          - "[x](&#106;avascript:alert(1))"
        whats_next: |
          Next, [x](java&#09;script:alert(1)).
        canonical_url: "javascript:alert(1)"
        """;
    String text = story(fields, body);
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + "-- content/a.md --\n" + text);

    List<Problem> errors = errorsOf(site);

    List<Integer> expected = new ArrayList<>();
    for (String field : List.of("why_it_matters:", "- \"[x](&#106;", "whats_next:", "canonical_url:")) {
      expected.add(lineOf(text, field));
    }
    for (String payload : BODY_PAYLOADS) {
      if (!payload.isEmpty() && !payload.startsWith("- [x][evil]")) {
        expected.add(lineOf(text, payload));
      }
    }
    assertThat(errors).allSatisfy(p -> assertThat(p.position().file().getFileName().toString()).isEqualTo("a.md"));
    assertThat(errors).extracting(p -> p.position().line()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(errors).allSatisfy(p -> {
      assertThat(p.message()).contains("cannot be published");
      assertThat(p.hint()).contains("https://");
    });
    assertThat(errors.get(0).message()).contains("'javascript:'");
  }

  @Test
  void aHostileLinkInAnEditionNoteIsAnErrorAtItsLine() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + Fixtures.SOURCES + "-- content/a.md --\n" + story("", List.of("Body."))
        + """
        -- content/editions/2021-10-18.md --
        ---
        title: Monday
        ---
        A note.

        With [a link](vbscript:msgbox(1)) and <java&#x09;script:x>.
        """);
    List<Problem> errors = errorsOf(site);
    assertThat(errors).extracting(p -> p.position().file().getFileName().toString() + ":" + p.position().line())
        .containsExactly("2021-10-18.md:6");
  }

  @Test
  void addressesInRawHtmlAreJudgedWhereTheConfigLetsItThrough() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + "markdown:\n  raw_html: allow\n" + Fixtures.SOURCES
        + "-- content/a.md --\n" + story("", List.of(
            "Fine <a href=\"https://example.org/\">link</a>.",
            "",
            "A <a href=\"java&#x09;script:alert(1)\">link</a>.",
            "",
            "<div><img src=\"x.png\" srcset=\"a.png 1x, javascript:alert(1) 2x\"></div>",
            "",
            "<form action=\"JAVASCRIPT:alert(1)\"><button formaction=\"data:text/html,x\">Go</button></form>",
            "",
            // helper-102: an SVG animation that sets a link's address
            "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>",
            "",
            "<svg><a href=\"/\"><animate attributeName=\"xlink:href\" values=\"/;javascript:alert(1)\"/><text>y</text></a></svg>",
            "",
            "<svg><rect width=\"5\" height=\"5\"><animate attributeName=\"width\" from=\"0\" to=\"10\" dur=\"1s\"/></rect></svg>",
            "",
            // helper-103: character references, which a browser decodes
            "<svg><a><set attributeName=\"href\" to=\"javascript&colon;alert(1)\"/><text>z</text></a></svg>",
            "",
            "<svg><a><set attributeName=\"&#104;ref\" to=\"javascript:alert(1)\"/><text>w</text></a></svg>")));
    List<Problem> errors = errorsOf(site);
    assertThat(errors).extracting(p -> p.position().line()).containsExactly(11, 13, 15, 15, 17, 19, 23, 25);
  }

  @Test
  void hostileAddressesInSettingsAreErrorsNamingFileLineAndKey() {
    TestSite site = TestSite.of(dir, """
        -- briefing.yaml --
        title: Test Briefing
        base_url: https://example.org/
        time_zone: Europe/Brussels
        publisher:
          name: Test Desk
          url: "JavaScript:alert(1)"
          logo: "//evil.example/logo.png"
        menu:
          - {name: Home, url: "/"}
          - {name: Evil, url: "java&#09;script:alert(1)"}
        website: https://ok.example/
        params:
          tagline: Daily
          newsletter_url: "data:text/html,x"
          website: "javascript:x"
          footer_links: ["javascript:y"]
          related_links: "Related: see the box below"
          icons: ["mdi:github", "mdi:rss"]
          social_links: {mastodon: "javascript:alert(1)"}
          images: [{src: "/images/flag.png", credit: "Data: Eurostat", note: "File: the archive copy"}]
          profile_links: {github: {icon: "mdi:github", url: "https://github.com/x"}}
          homepage: {main: "javascript:alert(2)"}
          more_links: {"javascript:alert(3)": Mastodon}
        -- content/sources.yaml --
        reuters:
          name: Reuters
          url: "JAVASCRIPT:alert(1)"
        slashes:
          name: Slashes
          url: '/\\evil.example/x'
        -- content/a.md --
        ---
        title: Links
        date: 2021-10-18
        sources:
          - reuters
          - slashes
          - {name: Inline, url: '\\\\evil.example/x'}
        go_deeper:
          - {title: Evil, url: "vbscript:msgbox(1)"}
          - {title: Slashes, url: '/\\evil.example/x'}
        ---
        Body.
        """);
    List<Problem> errors = errorsOf(site);
    assertThat(errors).extracting(p -> p.position().file().getFileName() + ":" + p.position().line())
        .containsExactlyInAnyOrder("briefing.yaml:6", "briefing.yaml:7", "briefing.yaml:10", "briefing.yaml:14",
            "briefing.yaml:15", "briefing.yaml:16", "briefing.yaml:19",
            "briefing.yaml:22", "briefing.yaml:23",
            "sources.yaml:3", "sources.yaml:6", "a.md:7", "a.md:9", "a.md:10");
    assertThat(message(errors, "briefing.yaml:6")).contains("publisher.url");
    assertThat(message(errors, "briefing.yaml:10")).contains("menu link").contains("'javascript:'");
    assertThat(message(errors, "briefing.yaml:14")).contains("'newsletter_url'").contains("'data:'");
    // helper-103: under params:, a key the top level has too, and a list of links
    assertThat(message(errors, "briefing.yaml:15")).contains("'website'").contains("'javascript:'");
    assertThat(message(errors, "briefing.yaml:16")).contains("'footer_links.0'").contains("'javascript:'");
    // helper-104: a plural name holds other text too (judged only for what a link would do), and groups of links
    assertThat(message(errors, "briefing.yaml:19")).contains("'social_links.mastodon'").contains("'javascript:'");
    // helper-105: words that look like a scheme pass (20, 21); a group under a singular name and a group's names are judged
    assertThat(message(errors, "briefing.yaml:22")).contains("'homepage.main'").contains("'javascript:'");
    assertThat(message(errors, "briefing.yaml:23")).contains("javascript:alert(3)");
    assertThat(message(errors, "sources.yaml:3")).contains("'reuters'").contains("'javascript:'");
    assertThat(message(errors, "sources.yaml:6")).contains("another site");
    assertThat(message(errors, "a.md:9")).contains("'vbscript:'");
  }

  @Test
  void aBaseUrlWhosePathLeadsToAnotherHostIsRefused() {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG.replace("https://example.org/", "https://example.org//evil.example/")
        + Fixtures.SOURCES + "-- content/a.md --\n" + story("", List.of("Body.")));
    List<Problem> errors = errorsOf(site);
    assertThat(errors).extracting(p -> p.position().file().getFileName() + ":" + p.position().line())
        .containsExactly("briefing.yaml:3");
    assertThat(errors.get(0).message()).contains("base_url").contains("starts with '//'", "another host");
  }

  @Test
  void onceTheLinkIsFixedEveryFileOfTheSitePublishesOnlyAllowedAddresses() {
    String site = Fixtures.TWO_EDITIONS + """
        -- content/editions/2021-10-18.md --
        ---
        title: Monday
        ---
        See [the desk](mailto:desk@example.org) and [earlier](/briefings/).
        """;
    TestSite hostile = TestSite.of(dir, site.replace("The move follows", "[The move](JavaScript:alert(1)) follows"));
    assertThat(errorsOf(hostile)).hasSize(1);

    TestSite fixed = TestSite.of(dir, site.replace("The move follows", "[The move](https://example.com/move) follows")).build();
    PublishedLinks links = PublishedLinks.of(fixed);
    assertThat(links.refused()).isEmpty();
    for (String kind : List.of("html", "json-ld", "feed", "sitemap")) {
      assertThat(links.count(kind)).as(kind).isPositive();
    }
    assertThat(links.byKind.get("feed")).anyMatch(l -> l.endsWith(": https://example.com/move"));
    assertThat(links.byKind.get("html")).anyMatch(l -> l.endsWith(": mailto:desk@example.org"));
  }

  @Test
  void theCommandLineReportsAHostileLinkAtItsLineAndKeepsTheLastSite() throws Exception {
    TestSite.of(dir, Fixtures.TWO_EDITIONS);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    Path index = dir.resolve("public/index.html");
    String before = Files.readString(index);
    Path story = dir.resolve("content/stories/suspension.md");
    Files.writeString(story, Files.readString(story) + "\nRead [more](java&#x0A;script:alert(1)).\n");
    int line = (int) Files.readString(story).lines().count();

    CliTest.Run run = CliTest.run("build", "--site", dir.toString());

    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("suspension.md:" + line).contains("cannot be published").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Files.readString(index)).isEqualTo(before);
  }

  /**
   * The errors of a build that must fail. Should it succeed instead, what it published is looked
   * at first, so that the failure names the hostile links that went out.
   */
  private static List<Problem> errorsOf(TestSite site) {
    try {
      return site.buildFails();
    } catch (AssertionError built) {
      site.build();
      assertThat(PublishedLinks.of(site).refused()).as("links published by a build that had to fail").isEmpty();
      throw built;
    }
  }

  private static String message(List<Problem> errors, String at) {
    return errors.stream().filter(p -> (p.position().file().getFileName() + ":" + p.position().line()).equals(at))
        .map(Problem::message).findFirst().orElseThrow();
  }

  private static int lineOf(String text, String start) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start) || lines.get(i).strip().startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }
}
