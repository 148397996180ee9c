package org.briefing.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which credits and source names name someone: a label or a placeholder alone does not; a name that looks like one does. */
class AttributionTextTest {
  @Test
  void labelsAndPlaceholdersNameNoOneInTheLanguagesEditorsWriteThem() {
    for (String none : List.of("Photo:", "Crédit :", "Crédito:", "Photographer:", "Bildnachweis:", "Fotografía:", "Foto:", "©",
        "TK", "Photo: to come", "see below", "Credit pending", "Unknown", "N/A", "2021", "-", "Copyright 2021", "Copyright Unknown",
        "Bild:", "Bildnachweis", "Fotografía", "Fotógrafo:", "Créditos:")) {
      assertThat(AttributionText.names(none)).as(none).isFalse();
    }
  }

  @Test
  void namesThatLookLikeLabelsStillNameSomeone() {
    // "Bild" is a German newspaper; a photographer's credit may open with their trade
    for (String name : List.of("Bild", "Photo: Bild", "Photographer: Ana Diaz", "Crédit : Ana Diaz/AFP", "Foto: Ana Diaz/dpa",
        "© Ana Diaz", "Reuters", "Jane Doe/Agency", "Crédit Agricole", "Bild am Sonntag", "Copyright Ana Diaz")) {
      assertThat(AttributionText.names(name)).as(name).isTrue();
    }
  }
}
