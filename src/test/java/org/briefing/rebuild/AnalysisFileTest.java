package org.briefing.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.search.AnalysedDocument;
import org.briefing.search.Analyser;
import org.briefing.search.SearchDocument;
import org.briefing.search.Vocabulary;
import org.junit.jupiter.api.Test;

class AnalysisFileTest {
  private static final AnalysedDocument STORY = AnalysedDocument.of(LocalDate.of(2021, 10, 18), "fr",
      new AnalysedDocument.Terms(new String[] {"defens", "ministr"}, new int[] {206, 140},
          new String[] {"defense", "ministres", "ministre"}, new int[] {0, 1, 1},
          Map.of("topic", List.of("Défense", "Énergie"), "place", List.of("Bruxelles"), "author", List.of(), "source", List.of("AFP"))),
      0x1234_5678_9abc_def0L, new Vocabulary());

  @Test
  void everyComponentOfADocumentComesBackAsItWasWritten() throws Exception {
    Map<Long, AnalysedDocument> documents = new HashMap<>();
    documents.put(-7L, STORY);
    documents.put(42L, AnalysedDocument.hidden(LocalDate.of(1970, 1, 1)));
    documents.put(43L, AnalysedDocument.of(null, "en",
        new AnalysedDocument.Terms(new String[] {"about"}, new int[] {1}, new String[] {"about"}, new int[] {0}, Map.of()), -1,
        new Vocabulary()));
    Map<Long, AnalysedDocument> read = AnalysisFile.decode(AnalysisFile.encode(documents, 7, "v"), 7, "v").documents();
    assertThat(read).isEqualTo(documents);
    // found one at a time by key, as an edit does, each comes back the same
    AnalysisFile.Index index = new AnalysisFile.Index(AnalysisFile.encode(documents, 7, "v"), 7, "v");
    documents.forEach((key, d) -> assertThat(index.get(key)).as("document " + key + " found alone").isEqualTo(d));
    assertThat(index.get(44L)).isNull();
    // the sample sets every component to something other than its type's default, so none can be forgotten
    for (RecordComponent c : AnalysedDocument.class.getRecordComponents()) {
      Object value = c.getAccessor().invoke(STORY);
      assertThat(value).as(c.getName()).isNotNull().isNotEqualTo(Boolean.TRUE).isNotEqualTo(0L);
      if (value.getClass().isArray()) {
        assertThat(Array.getLength(value)).as(c.getName()).isPositive();
      }
      Object back = c.getAccessor().invoke(read.get(-7L));
      if (c.getName().equals("vocabulary") || c.getName().equals("encoded")) {
        // numbers into the file's own string table: what they stand for comes back
        assertThat(read.get(-7L).terms()).as(c.getName()).isEqualTo(STORY.terms());
      } else {
        assertThat(Arrays.deepEquals(new Object[] {value}, new Object[] {back})).as(c.getName()).isTrue();
      }
    }
    AnalysedDocument.Terms terms = STORY.terms();
    AnalysedDocument.Terms termsBack = read.get(-7L).terms();
    for (RecordComponent c : AnalysedDocument.Terms.class.getRecordComponents()) {
      Object value = c.getAccessor().invoke(terms);
      assertThat(value instanceof Map<?, ?> m ? m.size() : Array.getLength(value)).as(c.getName()).isPositive();
      assertThat(Arrays.deepEquals(new Object[] {value}, new Object[] {c.getAccessor().invoke(termsBack)})).as(c.getName()).isTrue();
    }
  }

  @Test
  void documentsOfOneVocabularyGoToTheFileAndComeBackWithTheSameBytes() {
    Analyser analyser = new Analyser();
    Map<Long, AnalysedDocument> documents = new HashMap<>();
    for (long key = 0; key < 20; key++) {
      documents.put(key, analyser.analyse(new SearchDocument("/" + key + "/", "Talks on grain " + key, "Ministers met",
          "", List.of("The talks on grain exports resumed in Sofia, day " + key + "."), Map.of("topic", List.of("Trade")),
          LocalDate.of(2021, 1, 1).plusDays(key), "en", false), key));
    }
    Map<Long, AnalysedDocument> read = AnalysisFile.decode(AnalysisFile.encode(documents, 7, "v"), 7, "v").documents();
    assertThat(read).isEqualTo(documents);
    documents.forEach((key, d) -> assertThat(read.get(key).encoded()).as("document " + key).isEqualTo(d.encoded()));
    // the documents read back share one vocabulary, which the next build's analyses go on numbering in
    assertThat(read.values().stream().map(AnalysedDocument::vocabulary).distinct()).hasSize(1);
  }

  @Test
  void documentsAreFoundByKeyInAFileReadThroughAWindowThatMoves(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Analyser analyser = new Analyser();
    Map<Long, AnalysedDocument> documents = new HashMap<>();
    for (long key = 0; key < 800; key++) {
      // words longer than the window a document's strings are read through, and a file many windows long
      String long_ = "Grain" + "x".repeat(600 + (int) key) + " talks " + key + " lot" + key;
      documents.put(key * 7919, analyser.analyse(new SearchDocument("/" + key + "/", "Talks on grain " + key, "Ministers met",
          "", List.of(long_ + " resumed in Sofia, day " + key + ". " + "Exports of wheat and barley rose. ".repeat(20)
              + String.join(" ", java.util.stream.IntStream.range(0, 40).mapToObj(i -> "lot" + i + "n").toList())),
          Map.of("topic", List.of("Trade " + key % 7)), LocalDate.of(2021, 1, 1).plusDays(key), "en", false), key));
    }
    byte[] first = AnalysisFile.encode(documents, 7, "v");
    AnalysedDocument other = AnalysedDocument.hidden(LocalDate.of(2021, 10, 19));
    java.nio.file.Path file = dir.resolve("search.bin");
    java.nio.file.Files.write(file, concat(first, AnalysisFile.chunk(Map.of(7919L, other))));
    assertThat(first.length).as("a file of many windows").isGreaterThan(3 << 16);
    try (AnalysisFile.Index index = AnalysisFile.Index.of(file, 7, "v")) {
      documents.forEach((key, d) -> assertThat(index.get(key)).as("document " + key).isEqualTo(key == 7919 ? other : d));
      assertThat(index.records()).isEqualTo(801);
      assertThat(index.end()).isEqualTo(java.nio.file.Files.size(file));
    }
    byte[] damaged = first.clone();
    damaged[damaged.length / 2] ^= 8;
    java.nio.file.Files.write(file, damaged);
    try (AnalysisFile.Index index = AnalysisFile.Index.of(file, 7, "v")) {
      assertThat(index.records()).as("a damaged chunk is left out").isZero();
      assertThat(index.get(0L)).isNull();
    }
  }

  @Test
  void aFileOfAnotherVersionOrDamagedGivesNoDocuments() {
    byte[] bytes = AnalysisFile.encode(Map.of(1L, STORY), 7, "v");
    assertThat(AnalysisFile.decode(bytes, 8, "v").documents()).isEmpty();
    assertThat(AnalysisFile.decode(bytes, 7, "w").documents()).isEmpty();
    byte[] damaged = bytes.clone();
    damaged[damaged.length / 2] ^= 1;
    assertThat(AnalysisFile.decode(damaged, 7, "v").documents()).isEmpty();
    assertThat(AnalysisFile.decode(Arrays.copyOf(bytes, bytes.length - 3), 7, "v").documents()).isEmpty();
    assertThat(AnalysisFile.decode(new byte[0], 7, "v").documents()).isEmpty();
  }

  @Test
  void chunksAddedAtTheEndAreReadWithTheFirstAndACutOrDamagedOneIsLeftOut() {
    AnalysedDocument other = AnalysedDocument.hidden(LocalDate.of(2021, 10, 19));
    byte[] first = AnalysisFile.encode(Map.of(1L, STORY), 7, "v");
    byte[] added = AnalysisFile.chunk(Map.of(2L, other));
    byte[] both = concat(first, added);
    AnalysisFile.Contents read = AnalysisFile.decode(both, 7, "v");
    assertThat(read.documents()).isEqualTo(Map.of(1L, STORY, 2L, other));
    assertThat(read.records()).isEqualTo(2);
    assertThat(read.end()).as("where the next chunk goes").isEqualTo(both.length);

    // a write cut short by a crash, and a chunk damaged on disk: the chunks before it are kept
    AnalysisFile.Contents cut = AnalysisFile.decode(Arrays.copyOf(both, both.length - 5), 7, "v");
    assertThat(cut.documents()).isEqualTo(Map.of(1L, STORY));
    assertThat(cut.end()).as("the end of the last whole chunk").isEqualTo(first.length);
    byte[] damaged = both.clone();
    damaged[first.length + added.length / 2] ^= 4;
    assertThat(AnalysisFile.decode(damaged, 7, "v").documents()).isEqualTo(Map.of(1L, STORY));
    assertThat(AnalysisFile.decode(concat(both, AnalysisFile.chunk(Map.of(3L, STORY))), 7, "v").records()).isEqualTo(3);

    // found by key, the same: a later chunk's document wins, and a cut or damaged chunk is left out
    AnalysisFile.Index index = new AnalysisFile.Index(concat(both, AnalysisFile.chunk(Map.of(1L, other))), 7, "v");
    assertThat(index.get(1L)).isEqualTo(other);
    assertThat(index.get(2L)).isEqualTo(other);
    assertThat(index.records()).isEqualTo(3);
    AnalysisFile.Index cutIndex = new AnalysisFile.Index(Arrays.copyOf(both, both.length - 5), 7, "v");
    assertThat(cutIndex.has(2L)).isFalse();
    assertThat(cutIndex.end()).isEqualTo(first.length);
    assertThat(new AnalysisFile.Index(damaged, 7, "v").has(2L)).isFalse();
    assertThat(new AnalysisFile.Index(both, 8, "v").end()).as("a file of another version").isEqualTo(-1);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
