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
import org.junit.jupiter.api.Test;

class AnalysisFileTest {
  private static final AnalysedDocument STORY = new AnalysedDocument(false, LocalDate.of(2021, 10, 18), "fr",
      Map.of("topic", List.of("Défense", "Énergie"), "place", List.of("Bruxelles"), "author", List.of(), "source", List.of("AFP")),
      new String[] {"defens", "ministr"}, new int[] {206, 140}, new String[] {"defense", "ministres", "ministre"}, new int[] {0, 1, 1},
      0x1234_5678_9abc_def0L);

  @Test
  void everyComponentOfADocumentComesBackAsItWasWritten() throws Exception {
    Map<Long, AnalysedDocument> documents = new HashMap<>();
    documents.put(-7L, STORY);
    documents.put(42L, AnalysedDocument.hidden(LocalDate.of(1970, 1, 1)));
    documents.put(43L, new AnalysedDocument(false, null, "en", Map.of(), new String[] {"about"}, new int[] {1}, new String[] {"about"},
        new int[] {0}, -1));
    Map<Long, AnalysedDocument> read = AnalysisFile.decode(AnalysisFile.encode(documents, 7, "v"), 7, "v");
    assertThat(read).isEqualTo(documents);
    // the sample sets every component to something other than its type's default, so none can be forgotten
    for (RecordComponent c : AnalysedDocument.class.getRecordComponents()) {
      Object value = c.getAccessor().invoke(STORY);
      assertThat(value).as(c.getName()).isNotNull().isNotEqualTo(Boolean.TRUE).isNotEqualTo(0L);
      if (value.getClass().isArray()) {
        assertThat(Array.getLength(value)).as(c.getName()).isPositive();
      }
      Object back = c.getAccessor().invoke(read.get(-7L));
      assertThat(Arrays.deepEquals(new Object[] {value}, new Object[] {back})).as(c.getName()).isTrue();
    }
  }

  @Test
  void aFileOfAnotherVersionOrDamagedGivesNoDocuments() {
    byte[] bytes = AnalysisFile.encode(Map.of(1L, STORY), 7, "v");
    assertThat(AnalysisFile.decode(bytes, 8, "v")).isEmpty();
    assertThat(AnalysisFile.decode(bytes, 7, "w")).isEmpty();
    byte[] damaged = bytes.clone();
    damaged[damaged.length / 2] ^= 1;
    assertThat(AnalysisFile.decode(damaged, 7, "v")).isEmpty();
    assertThat(AnalysisFile.decode(Arrays.copyOf(bytes, bytes.length - 3), 7, "v")).isEmpty();
    assertThat(AnalysisFile.decode(new byte[0], 7, "v")).isEmpty();
  }
}
