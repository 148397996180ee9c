package org.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.briefing.load.YamlReader;
import org.briefing.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * A story's field read by the assembler must be in {@link StoryFields#SCHEMA}: a field read but not declared
 * would be published while the typo checks call it unknown and leave its misspellings alone
 * (docs/architecture.md, "Adding a front-matter field", step 1). Forgetting that step fails every build at once.
 */
class FieldsDeclaredTest {
  private static final Path FILE = Path.of("content/stories/talks.md");

  @Test
  void aStorysFieldReadButNotDeclaredFailsAtOnceWhetherOrNotTheStoryHasIt() {
    Fields fields = new Fields(FILE, YamlReader.read("title: Talks\nstrapline: Late news\n", FILE, 2), new Problems(), Set.of(),
        StoryFields.SCHEMA::knows);
    assertThat(fields.text("title")).isEqualTo("Talks");
    assertThatThrownBy(() -> fields.text("strapline")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'strapline'").hasMessageContaining("StoryFields.SCHEMA");
    assertThatThrownBy(() -> fields.has("strapline_missing")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void filesWithNoSchemaOfTheirOwnReadAnyField() {
    Fields fields = new Fields(FILE, YamlReader.read("name: Reuters\nurl: https://example.org/\n", FILE, 2), new Problems());
    assertThat(fields.text("url")).isEqualTo("https://example.org/");
  }
}
