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
}
