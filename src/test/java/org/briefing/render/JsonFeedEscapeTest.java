package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/** The JSON feed's own escaping gives what jsoup's does, which the feed used before, for every character and mixes of them. */
class JsonFeedEscapeTest {
  @Test
  void everyCharacterIsEscapedAsJsoupEscapesIt() {
    for (int c = 0; c < 0x110000; c++) {
      String s = "a" + new String(Character.toChars(c)) + "b";
      assertThat(JsonFeed.esc(s)).as("U+%04X", c).isEqualTo(Entities.escape(s));
    }
    for (char c = '\uD800'; c <= '\uDFFF'; c++) {
      String lone = "x" + c + "y";
      assertThat(JsonFeed.esc(lone)).as("lone U+%04X", (int) c).isEqualTo(Entities.escape(lone));
    }
  }

  @Test
  void mixedTextIsEscapedAsJsoupEscapesIt() {
    Random random = new Random(20261205);
    String alphabet = "ab &<>\"'\u00a0\t\n\r\u0000\u001f\u007f\u2028é\uD83D\uDE00\uD800\uDC00\uDFFF\uD83D";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(JsonFeed.esc(s.toString())).as(s.toString()).isEqualTo(Entities.escape(s.toString()));
    }
    String plain = "Nothing to escape here";
    assertThat(JsonFeed.esc(plain)).isSameAs(plain);
  }
}
