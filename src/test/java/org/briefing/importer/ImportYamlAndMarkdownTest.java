package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.briefing.load.YamlText;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class ImportYamlAndMarkdownTest {
  private static final List<String> AWKWARD = List.of("", "plain", "yes", "NO", "null", "~", "1.0", "0x1F", "2021-10-18",
      "key: value", "# not a comment", "- not a list", "'single'", "\"double\"", "back\\slash", "tab\there", "line\nbreak",
      "\u2028separator", "\uFEFFbom", "\u0007bell", "emoji 🗞️", "عربي", "   spaced   ", "&anchor", "*alias", "!tag", "%directive",
      "@at", "`tick`", "{flow: map}", "[flow, seq]", "a #b", "|", ">");

  @Test
  void everyStringReadsBackUnchangedFromItsYamlQuoting() {
    Load load = new Load(LoadSettings.builder().build());
    for (String value : AWKWARD) {
      assertThat(load.loadFromString("v: " + YamlText.quote(value) + "\n")).as(value).isEqualTo(java.util.Map.of("v", value));
    }
    Random random = new Random(11);
    for (int i = 0; i < 2000; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = 0; j < 12; j++) {
        int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x3000);
        if (!Character.isSurrogate((char) cp)) {
          s.appendCodePoint(cp);
        }
      }
      String value = s.toString();
      assertThat(load.loadFromString("v: " + YamlText.quote(value) + "\n")).as(value).isEqualTo(java.util.Map.of("v", value));
    }
  }

  @Test
  void proseWithMarkdownCharactersRendersAsWritten() {
    List<String> lines = List.of("1. This line starts like a list item.", "# Not a heading", "- not a bullet", "+ nor this",
        "> not a quote", "Stars *around* words and _underscores_ stay.", "A <b>tag</b> and <!-- more --> are text.",
        "Brackets [like this](http://example.com) are not a link.", "Tildes ~~strike~~ stay.", "Entities &amp; stay &copy; too.",
        "A | pipe", "=== underline", "    four spaces", "Back\\slash and `code` stay.", "Footnote[^1] stays.");
    for (String line : lines) {
      String html = ImportNothingLostTest.render(MarkdownText.escape(line));
      assertThat(Jsoup.parse(html).select("p").text()).as(MarkdownText.escape(line)).isEqualTo(line.strip());
    }
  }

  @Test
  void webAddressesStayWorkingLinksWhereTheBuildMakesLinksOfThem() {
    org.briefing.markdown.MarkdownRenderer build = new org.briefing.markdown.MarkdownRenderer(false);
    // each line of copy and the addresses its published paragraph links to
    java.util.Map<String, List<String>> lines = new java.util.LinkedHashMap<>();
    lines.put("The report is at https://example.com/a_b?c=1 from Monday.", List.of("https://example.com/a_b?c=1"));
    lines.put("See https://example.org/~desk/notes_2025.pdf.", List.of("https://example.org/~desk/notes_2025.pdf"));
    lines.put("Read it (at https://example.net/wiki/Snake_(band)) today.", List.of("https://example.net/wiki/Snake_(band)"));
    lines.put("Two: www.example.com/a_b and https://example.com/plain, both.", List.of("http://www.example.com/a_b", "https://example.com/plain"));
    lines.put("https://example.com/x_y opens the paragraph.", List.of("https://example.com/x_y"));
    lines.put("No address in snake_case or *stars* here.", List.of());
    for (var line : lines.entrySet()) {
      String markdown = MarkdownText.escape(line.getKey());
      org.jsoup.nodes.Document html = Jsoup.parse(build.render(markdown).html());
      assertThat(html.select("p").text()).as(markdown).isEqualTo(line.getKey());
      assertThat(html.select("a").eachAttr("href")).as(markdown).isEqualTo(line.getValue());
      assertThat(html.select("a").eachText()).as(markdown)
          .isEqualTo(line.getValue().stream().map(u -> u.replaceFirst("^http://(?=www\\.)", "")).toList());
    }
  }

  @Test
  void aLineOfDashesIsPublishedAsWrittenNotAsTypographicDashes() {
    org.briefing.markdown.MarkdownRenderer build = new org.briefing.markdown.MarkdownRenderer(false);
    for (String line : List.of("---", "-- ends here", "--- END ---", "- one hyphen")) {
      String markdown = MarkdownText.escape(line);
      org.jsoup.nodes.Document html = Jsoup.parse(build.render(markdown).html());
      String dashes = line.replaceAll("^(-*).*", "$1");
      assertThat(html.select("p").text()).as(markdown).startsWith(dashes + line.substring(dashes.length(), Math.min(line.length(), dashes.length() + 1)));
      assertThat(html.select("hr, h1, h2, ul")).as(markdown).isEmpty();
    }
  }

  @Test
  void anAddressInASavedPageLinksWhereItIsWrittenAndInsideALinkStaysItsText() {
    String page = """
        <!doctype html><html><head><title>Ferry</title></head><body><article>
        <h1>Island ferry to cut winter crossings</h1>
        <p>The timetable is at https://example.com/ferry_times?d=1 and
        <a href="https://example.com/ferry_times">https://example.com/ferry_times</a> alike.</p>
        </article></body></html>
        """;
    ImportedFile f = ImportedFile.of(new Importer(ImportOptions.none()).importBytes("page.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    org.jsoup.nodes.Document html = Jsoup.parse(new org.briefing.markdown.MarkdownRenderer(false).render(f.body()).html());
    assertThat(html.select("a").eachAttr("href")).as(f.body())
        .containsExactly("https://example.com/ferry_times?d=1", "https://example.com/ferry_times");
    assertThat(html.select("p").text()).as(f.body())
        .isEqualTo("The timetable is at https://example.com/ferry_times?d=1 and https://example.com/ferry_times alike.");
  }
}
