package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostingsCodecTest {

  @Test
  void everyListReadsBackAsWrittenInTheShorterOfItsTwoForms() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      // from a few scattered documents to nearly every document of a range
      double density = round % 5 == 0 ? 0.95 : Math.pow(random.nextDouble(), 3);
      TreeMap<Integer, Integer> postings = new TreeMap<>();
      int first = random.nextInt(100_000);
      for (int id = first; id < first + 1 + random.nextInt(3_000); id++) {
        if (random.nextDouble() < density || postings.isEmpty()) {
          postings.put(id, 1 + random.nextInt(PostingsCodec.TOP_LEVEL));
        }
      }
      int[] ids = postings.keySet().stream().mapToInt(Integer::intValue).toArray();
      int[] levels = postings.values().stream().mapToInt(Integer::intValue).toArray();
      String text = PostingsCodec.encode(ids, levels, ids.length);
      int[] expected = new int[ids.length * 2];
      for (int i = 0; i < ids.length; i++) {
        expected[2 * i] = ids[i];
        expected[2 * i + 1] = levels[i];
      }
      assertThat(PostingsCodec.decode(text)).as("round %d: %s", round, text).containsExactly(expected);
      assertThat(text).matches("[sd][A-Za-z0-9_-]*");
      int span = ids[ids.length - 1] - ids[0] + 1;
      assertThat(text.charAt(0)).as("dense only when shorter").isEqualTo(span < sparseLength(ids) ? 'd' : 's');
    }
  }

  @Test
  void weightsAreKeptAsLevelsAndAPresentWordNeverReadsAsAbsent() {
    assertThat(PostingsCodec.level(1)).isEqualTo(1);
    assertThat(PostingsCodec.level(220)).isEqualTo(55);
    assertThat(PostingsCodec.level(10_000)).isEqualTo(PostingsCodec.TOP_LEVEL);
    assertThat(PostingsCodec.decode(PostingsCodec.encode(new int[] {0, 1_000_000}, new int[] {1, 63}, 2)))
        .containsExactly(0, 1, 1_000_000, 63);
  }

  private static int sparseLength(int[] ids) {
    int length = 1;
    int last = 0;
    for (int id : ids) {
      int gap = id - last;
      length += 1 + Math.max(1, (32 - Integer.numberOfLeadingZeros(gap) + 4) / 5);
      last = id;
    }
    return length;
  }
}
