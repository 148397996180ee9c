package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Laying out only the fragments an edit changed gives every fragment of a whole layout: over
 * seeded random documents whose word forms lead to stems in other fragments (as an Arabic form
 * with its article does), some of them to several stems, each random edit of one document leaves every fragment not named by
 * {@link SearchIndex#build(List, Map)} as it was, and the partial layout of the others equals the
 * whole layout.
 */
class SearchIndexLayoutTest {
  private static final String[] STEMS = {"suspend", "mission", "moscow", "diplomat", "energ", "minist", "truppe", "kitab",
      "harbour", "ferri", "lighthous", "keeper", "defens", "econom", "litau", "brussel", "grain", "export", "sofia", "pension",
      // a form of one of these is also a form of a stem above ("defense": "defens" and "e"), as words
      // of two languages can be: such a form leads to several stems
      "defense", "pensione", "exports"};
  private static final String[] ENDINGS = {"", "s", "ed", "ing", "e"};
  private static final String[] PREFIXES = {"", "", "", "al", "wal"};
  private static final String[] TOPICS = {"Diplomacy", "Energy", "Defence", "Trade"};

  @Test
  void theFragmentsAnEditChangesAreExactlyThoseItNamesAndTheirPartialLayoutIsTheWholeOne() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      int size = 30 + random.nextInt(60);
      List<AnalysedDocument> before = new ArrayList<>();
      for (int id = 0; id < size; id++) {
        before.add(document(random, id));
      }
      List<AnalysedDocument> after = new ArrayList<>(before);
      Map<Integer, AnalysedDocument> edited = new TreeMap<>();
      for (int n = 1 + random.nextInt(2); n > 0; n--) {
        int id = random.nextInt(size);
        edited.put(id, before.get(id));
        after.set(id, random.nextInt(8) == 0 ? AnalysedDocument.hidden(before.get(id).date()) : document(random, id));
      }
      Map<String, Map<String, Object>> was = SearchIndex.build(before);
      Map<String, Map<String, Object>> whole = SearchIndex.build(after);
      Map<String, Map<String, Object>> partial = SearchIndex.build(after, edited);
      String at = "seed " + seed + ", round " + round;
      // the same partial layout from the lists of the documents before, kept as bytes, with the edited ones replaced
      IndexLists kept = IndexLists.decode(IndexLists.of(before).encode());
      Map<Integer, AnalysedDocument> now = new TreeMap<>();
      edited.keySet().forEach(id -> now.put(id, after.get(id)));
      assertThat(kept.replace(edited, now)).as(at).isTrue();
      assertThat(SearchIndex.layout(kept, edited, now)).as(at + ": laid out from the kept lists").isEqualTo(partial);
      assertThat(SearchIndex.layout(IndexLists.decode(kept.encode()), null, null)).as(at + ": every file from the kept lists")
          .isEqualTo(whole);
      assertThat(partial.get(SearchIndex.MANIFEST)).as(at).isEqualTo(whole.get(SearchIndex.MANIFEST));
      for (int b = 0; b < Buckets.count(size); b++) {
        for (String path : List.of(SearchIndex.fragment(b), SearchIndex.tail(b))) {
          if (partial.containsKey(SearchIndex.fragment(b))) {
            assertThat(partial.get(path)).as(at + ": " + path + " laid out").isEqualTo(whole.get(path));
          } else {
            assertThat(partial).as(at).doesNotContainKey(path);
            assertThat(whole.get(path)).as(at + ": " + path + " is not named, so it must not have changed").isEqualTo(was.get(path));
          }
        }
      }
    }
  }

  @Test
  void keptListsReplaceOnlyTheDocumentsTheyHoldAndTellWhichTheyAre() {
    List<AnalysedDocument> documents = List.of(
        document(0, Map.of("defens", 40), Map.of("defense", "defens")),
        AnalysedDocument.hidden(LocalDate.of(2021, 1, 2)),
        document(2, Map.of("defense", 40), Map.of("waldefense", "defense")));
    IndexLists lists = IndexLists.decode(IndexLists.of(documents).encode());
    assertThat(lists.holds(0, documents.get(0).source())).isTrue();
    assertThat(lists.holds(0, documents.get(2).source())).isFalse();
    assertThat(lists.holdsHidden(1, LocalDate.of(2021, 1, 2))).isTrue();
    assertThat(lists.holdsHidden(1, LocalDate.of(2021, 1, 3))).isFalse();
    assertThat(lists.holds(1, 0)).as("a hidden document is held by no key").isFalse();
    byte[] bytes = lists.encode();
    AnalysedDocument other = document(7, Map.of("mission", 40), Map.of("mission", "mission"));
    assertThat(lists.replace(Map.of(0, other), Map.of(0, documents.get(0)))).as("the lists do not hold that document at 0").isFalse();
    assertThat(lists.encode()).as("and nothing changed").isEqualTo(bytes);
    assertThat(IndexLists.decode(new byte[] {1, 2, 3})).as("bytes that are no lists").isNull();
    // a byte damaged anywhere, or the end cut off, and the lists are none, not lists that lie
    for (int at = 0; at < bytes.length; at += 7) {
      byte[] damaged = bytes.clone();
      damaged[at] ^= 0x10;
      assertThat(IndexLists.decode(damaged)).as("byte " + at + " of " + bytes.length + " damaged").isNull();
    }
    assertThat(IndexLists.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1))).isNull();
    assertThat(IndexLists.decode(bytes)).isNotNull();
  }

  @Test
  void aStemWhoseWeightMovedIsLaidOutAgainInTheFragmentOfAFormThatLeadsToItSecond() {
    // "defense" leads first to "defens" (document 0) and then to "defense" (document 1); document 2
    // has "defense" only through "waldefense", in another fragment, and its weight moves
    List<AnalysedDocument> before = List.of(
        document(0, Map.of("defens", 40), Map.of("defense", "defens")),
        document(1, Map.of("defense", 40), Map.of("defense", "defense")),
        document(2, Map.of("defense", 40), Map.of("waldefense", "defense")));
    assertThat(Buckets.ofWord("defense", Buckets.count(3))).isNotEqualTo(Buckets.ofWord("waldefense", Buckets.count(3)));
    List<AnalysedDocument> after = new ArrayList<>(before);
    after.set(2, document(2, Map.of("defense", 200), Map.of("waldefense", "defense")));
    Map<String, Map<String, Object>> whole = SearchIndex.build(after);
    Map<String, Map<String, Object>> partial = SearchIndex.build(after, Map.of(2, before.get(2)));
    String fragment = SearchIndex.fragment(Buckets.ofWord("defense", Buckets.count(3)));
    assertThat(whole.get(fragment)).isNotEqualTo(SearchIndex.build(before).get(fragment));
    assertThat(partial.get(fragment)).isEqualTo(whole.get(fragment));
  }

  /** Document {@code id} of the given stems and weights, and forms leading to them. */
  private static AnalysedDocument document(int id, Map<String, Integer> weights, Map<String, String> forms) {
    String[] stems = new TreeMap<>(weights).keySet().toArray(String[]::new);
    List<String> stemList = List.of(stems);
    String[] formNames = new TreeMap<>(forms).keySet().toArray(String[]::new);
    return AnalysedDocument.of(LocalDate.of(2021, 1, 1).plusDays(id), "en",
        new AnalysedDocument.Terms(stems, stemList.stream().mapToInt(weights::get).toArray(), formNames,
            java.util.Arrays.stream(formNames).mapToInt(f -> stemList.indexOf(forms.get(f))).toArray(), Map.of()),
        id, SHARED);
  }

  @Test
  void aLongListKeepsInItsFragmentTheBestPostingsHighestLevelThenNewest() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int round = 0; round < 50; round++) {
      List<AnalysedDocument> documents = new ArrayList<>();
      for (int id = 0; id < 40 + random.nextInt(400); id++) {
        documents.add(document(random, id));
      }
      Map<String, Map<String, Object>> files = SearchIndex.build(documents);
      for (String stem : STEMS) {
        List<int[]> postings = new ArrayList<>();
        for (int id = 0; id < documents.size(); id++) {
          AnalysedDocument.Terms d = documents.get(id).terms();
          int at = java.util.Arrays.asList(d.stems()).indexOf(stem);
          if (at >= 0) {
            postings.add(new int[] {id, PostingsCodec.level(d.weights()[at])});
          }
        }
        if (postings.size() <= SearchIndex.INLINE) {
          continue;
        }
        postings.sort((a, b) -> a[1] != b[1] ? b[1] - a[1] : b[0] - a[0]);
        List<int[]> best = new ArrayList<>(postings.subList(0, SearchIndex.HEAD));
        best.sort((a, b) -> a[0] - b[0]);
        int[] expected = best.stream().flatMapToInt(java.util.Arrays::stream).toArray();
        Object entry = files.values().stream().map(f -> f.get("p")).filter(p -> p instanceof Map<?, ?> m && m.containsKey(stem))
            .map(p -> ((Map<?, ?>) p).get(stem)).findFirst().orElseThrow();
        assertThat(PostingsCodec.decode((String) ((List<?>) entry).get(1))).as("seed " + seed + ": " + stem).isEqualTo(expected);
      }
    }
  }

  private static final Vocabulary SHARED = new Vocabulary();

  /** A document of a few stems, each with forms that begin with it or with an article before it. */
  private static AnalysedDocument document(Random random, int id) {
    TreeMap<String, Integer> weights = new TreeMap<>();
    for (int n = 1 + random.nextInt(6); n > 0; n--) {
      weights.put(STEMS[random.nextInt(STEMS.length)], 4 + random.nextInt(200));
    }
    String[] stems = weights.keySet().toArray(String[]::new);
    TreeMap<String, Integer> forms = new TreeMap<>();
    for (int s = 0; s < stems.length; s++) {
      for (int n = 1 + random.nextInt(2); n > 0; n--) {
        forms.put(PREFIXES[random.nextInt(PREFIXES.length)] + stems[s] + ENDINGS[random.nextInt(ENDINGS.length)], s);
      }
    }
    Map<String, List<String>> facets = new LinkedHashMap<>();
    facets.put("topic", List.of(TOPICS[random.nextInt(TOPICS.length)]));
    facets.put("place", random.nextBoolean() ? List.of("Moscow") : List.of());
    // most documents share a vocabulary, as a build's do; some have one of their own, as those of an older build can
    return AnalysedDocument.of(LocalDate.of(2021, 1, 1).plusDays(id / 3), "en",
        new AnalysedDocument.Terms(stems, weights.values().stream().mapToInt(Integer::intValue).toArray(),
            forms.keySet().toArray(String[]::new), forms.values().stream().mapToInt(Integer::intValue).toArray(), facets),
        random.nextLong(), random.nextInt(4) == 0 ? new Vocabulary() : SHARED);
  }
}
