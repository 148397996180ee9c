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

  @Test
  void aLabelIsTakenOffACreditOnlyAsWholeWordsBeforeTheirSeparator() {
    // agencies' names open with a label's word: "picture alliance" (dpa's), "Fotogramma", "Photoshot", "Credit Suisse"
    for (String name : List.of("picture alliance", "Picture Alliance/dpa", "Fotogramma", "Photoshot", "PhotoNews", "Photononstop",
        "Imago", "Bildbyrån", "Credit Suisse", "Crédit Agricole", "FileAgency & Co", "Sourcefabric", "Photo Alliance")) {
      assertThat(AttributionText.withoutLabel(name)).as(name).isEqualTo(name);
      assertThat(AttributionText.names(name)).as(name).isTrue();
    }
    for (String labelled : List.of("Photo: Agency X", "Photo by Agency X", "Photo courtesy of Agency X", "Photo courtesy Agency X",
        "File photo: Agency X", "File photo by Agency X", "© Agency X", "Photo © Agency X", "Photo (c) Agency X", "Courtesy Agency X",
        "Copyright Agency X", "Crédit : Agency X", "Bild: Agency X", "Photos - Agency X", "Image source: Agency X",
        "Photo credit: Agency X", "Foto: Agency X", "Picture: Agency X")) {
      assertThat(AttributionText.withoutLabel(labelled)).as(labelled).isEqualTo("Agency X");
    }
    // a label and a placeholder still name no one
    for (String none : List.of("Photo TBC", "Picture pending", "Photo Unknown", "File photo", "Photo by", "Credit")) {
      assertThat(AttributionText.names(none)).as(none).isFalse();
    }
  }
}
