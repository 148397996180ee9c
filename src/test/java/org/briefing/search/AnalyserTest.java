package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnalyserTest {

  @Test
  void aPrefixOrdersTextsAsStringDoesWhereverTheirFirstUnitsLie() {
    Random random = new Random(11);
    // units from each end of the range: ASCII, Latin, Greek, CJK above U+8000, surrogates, the last
    char[] units = {'a', 'b', 'z', '0', 'é', 'ö', 'α', 'ω', '東', '京', '\uD835', '\uDC00', '\uFFEE', 'ꀀ'};
    for (int n = 0; n < 20_000; n++) {
      String a = text(random, units);
      String b = text(random, units);
      int byPrefix = Long.compare(Words.prefix(a), Words.prefix(b));
      if (byPrefix != 0) {
        assertThat(Integer.signum(a.compareTo(b))).as(a + " against " + b).isEqualTo(byPrefix);
      } else {
        assertThat(a.substring(0, Math.min(3, a.length()))).isEqualTo(b.substring(0, Math.min(3, b.length())));
      }
    }
  }

  @Test
  void aDocumentsStemsAndFormsComeSortedInAnyScript() {
    Random random = new Random(5);
    String[] words = {"talks", "talk", "talked", "tal", "ta", "défense", "defence", "ministers", "東京", "東京都", "京都",
        "αθηνα", "αθήνα", "Йемен", "2021", "20", "\uD835\uDC00\uD835\uDC01", "zebra", "éclair", "eclairs", "ab", "abc", "abd", "ꀀꀁ", "ꀂꀃꀄꀅ"};
    for (int round = 0; round < 50; round++) {
      List<String> text = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        text.add(words[random.nextInt(words.length)] + (random.nextInt(4) == 0 ? random.nextInt(300) : ""));
      }
      AnalysedDocument.Terms d = new Analyser().analyse(new SearchDocument("/a/", "", "", "", List.of(String.join(" ", text)),
          Map.of(), LocalDate.of(2021, 1, 1), "en", false), 1).terms();
      List<String> stems = List.of(d.stems());
      assertThat(stems).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < d.forms().length; i++) {
        pairs.add(d.forms()[i] + "\u0000" + d.stems()[d.formStems()[i]]);
      }
      assertThat(pairs).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
    }
  }

  private static String text(Random random, char[] units) {
    StringBuilder text = new StringBuilder();
    for (int i = 1 + random.nextInt(5); i > 0; i--) {
      text.append(units[random.nextInt(units.length)]);
    }
    return text.toString();
  }
}
