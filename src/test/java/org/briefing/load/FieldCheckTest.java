package org.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCheckTest {
  private static final FieldSchema STORY = FieldSchema.of("a story",
      List.of("title", "date", "draft", "tags", "standfirst", "why_it_matters", "places", "authors"))
      .alias("timeZone", "time_zone");

  @Test
  void swapsDropsAndDoublingsWithinTwoEditsNameTheFieldMeant() {
    assertThat(FieldCheck.closest("darft", STORY)).isEqualTo("draft");
    assertThat(FieldCheck.closest("standfrist", STORY)).isEqualTo("standfirst");
    assertThat(FieldCheck.closest("standfist", STORY)).isEqualTo("standfirst");
    assertThat(FieldCheck.closest("titlee", STORY)).isEqualTo("title");
    assertThat(FieldCheck.closest("Title", STORY)).as("case").isEqualTo("title");
    assertThat(FieldCheck.closest("why-it-matters", STORY)).as("hyphens").isEqualTo("why_it_matters");
    assertThat(FieldCheck.closest("tag", STORY)).isEqualTo("tags");
    assertThat(FieldCheck.closest("timezone", STORY)).as("close to an alias: its field").isEqualTo("time_zone");
  }

  @Test
  void shortNamesAllowOneEditSoThatFieldsOfOnesOwnAreNotTakenForTypos() {
    assertThat(FieldCheck.closest("desk", STORY)).as("two edits from date").isNull();
    assertThat(FieldCheck.closest("note", STORY)).isNull();
    assertThat(FieldCheck.closest("dat", STORY)).isEqualTo("date");
    assertThat(FieldCheck.closest("x", STORY)).isNull();
  }

  @Test
  void namesFarFromEveryFieldAreNotTypos() {
    assertThat(FieldCheck.closest("aliases", STORY)).isNull();
    assertThat(FieldCheck.closest("colour", STORY)).isNull();
    assertThat(FieldCheck.closest("subtitle", STORY)).isNull();
  }

  @Test
  void editDistanceCountsASwapOfNeighboursAsOneEdit() {
    assertThat(FieldCheck.editDistance("darft", "draft")).isEqualTo(1);
    assertThat(FieldCheck.editDistance("time_zon", "time_zone")).isEqualTo(1);
    assertThat(FieldCheck.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(FieldCheck.editDistance("", "abc")).isEqualTo(3);
  }
}
