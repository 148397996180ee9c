package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.briefing.rebuild.BuildPlanner;
import org.briefing.render.Templates;
import org.briefing.render.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded random sequence of edits over every kind of input ({@link RandomEdits}: each
 * front-matter field, folder defaults, sources, edition files, the configuration, templates and
 * static files; files edited, added, deleted, renamed and moved), each followed by
 * {@link TestSite}'s three builds: the incremental ones must give a clean build's bytes every
 * time. The site's own templates print every field of every view they receive, so a page that a
 * rebuild leaves stale shows. {@code bench/edits.sh} runs the same edits on a bench site.
 *
 * <p>{@code -Dbriefing.edits.seed=N} replays a failing sequence (its seed is in the failure
 * message); {@code -Dbriefing.edits.steps=N} sets how many edits are made.
 */
class RandomEditsTest {
  /** The seed CI runs, so that its result never depends on chance; other seeds with -Dbriefing.edits.seed=N. */
  private static final long FIXED_SEED = 20_261_202L;

  private static final int STEPS = Integer.getInteger("briefing.edits.steps", 150);

  @TempDir Path dir;

  @Test
  void theTemplatesOfTheseTestsPrintEveryFieldOfEveryView() {
    for (Class<?> view : Views.class.getDeclaredClasses()) {
      if (!view.isRecord()) {
        continue; // Views.StoryText, which prints as its HTML
      }
      for (RecordComponent c : view.getRecordComponents()) {
        if (!c.getName().equals("fingerprint") && !c.getName().equals("body")) {
          assertThat(RandomEdits.DUMP).as(view.getSimpleName()).contains("." + c.getName());
        }
      }
    }
  }

  /**
   * A view holds only values that a template prints, compares and hashes alike however the build
   * got the story (made, or taken from the cache): text, numbers, flags, lists and maps of them,
   * the YAML values of params, other views and {@link Views.StoryText}, never an object of the
   * model, whose kind depends on the way of building (a story's body is one).
   */
  @Test
  void theViewsHoldOnlyValuesThatPrintAlikeOnEveryWayOfBuilding() {
    for (Class<?> view : Views.class.getDeclaredClasses()) {
      for (RecordComponent c : view.isRecord() ? view.getRecordComponents() : new RecordComponent[0]) {
        assertThat(printsAlike(c.getGenericType())).as(view.getSimpleName() + "." + c.getName() + " is a " + c.getGenericType())
            .isTrue();
      }
    }
  }

  private static boolean printsAlike(java.lang.reflect.Type type) {
    if (type instanceof java.lang.reflect.ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      return (raw == List.class || raw == java.util.Map.class)
          && java.util.Arrays.stream(p.getActualTypeArguments()).allMatch(RandomEditsTest::printsAlike);
    }
    Class<?> c = (Class<?>) type;
    // Object: the YAML values of params (text, numbers, flags, lists and maps of them)
    return c.isPrimitive() || c == String.class || c == Object.class || c.getEnclosingClass() == Views.class;
  }

  /**
   * A page type added to the theme is edited and compared too once its template is here: the
   * random edits override every page template of {@code Templates.THEME_FILES}, each with a
   * version of {@link RandomEdits#DUMPING} (docs/architecture.md, "Adding a page type").
   */
  @Test
  void theRandomEditsOverrideEveryPageTemplateOfTheTheme() {
    assertThat(RandomEdits.PAGE_TEMPLATES).contains("index.ftlh", "article.ftlh", "feed.ftlx", "email-text.ftl").doesNotContain("layout.ftlh");
    assertThat(RandomEdits.DUMPING.keySet()).containsExactlyInAnyOrderElementsOf(RandomEdits.PAGE_TEMPLATES);
  }

  /**
   * A front-matter field added to a story is edited by the random edits too once it is in their
   * list (docs/architecture.md, "Adding a front-matter field", step 4); {@code credits:} is kept
   * among the params, which the site's own fields {@code mood} and {@code rank} edit.
   */
  @Test
  void theRandomEditsEditEveryFrontMatterFieldOfAStory() {
    List<String> fields = org.briefing.model.StoryFields.SCHEMA.fields().keySet().stream()
        .filter(name -> !name.equals("credits") && !name.equals("params")).toList();
    assertThat(List.of(RandomEdits.FIELDS)).containsAll(fields).contains("mood", "rank");
  }

  /** Every file of the bundled theme is one the jar knows of (fingerprinted, copied by init --copy-theme). */
  @Test
  void everyFileOfTheThemeFolderIsAThemeFile() throws java.io.IOException {
    Path theme = Path.of("templates");
    try (var files = java.nio.file.Files.walk(theme)) {
      List<String> found = files.filter(java.nio.file.Files::isRegularFile)
          .map(f -> theme.relativize(f).toString().replace('\\', '/')).toList();
      assertThat(found).containsExactlyInAnyOrderElementsOf(Templates.THEME_FILES);
    }
  }

  @Test
  void theTopicsIndexShowsAnEditedHeadlineOnEveryWayOfBuilding() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- templates/topics.ftlh --
        <#list topics as t><p>${t.name}: ${t.articles[0].title}</p></#list>
        -- templates/sources.ftlh --
        <#list sources as s><p>${s.name}: ${s.articles[0].title} (${s.articles[0].summary})</p></#list>
        """).build();
    site.edit("content/stories/reaction.md", "title: Allies regret the decision", "title: Allies regret the decision deeply")
        .build();
    assertThat(site.file("topics/index.html")).contains("NATO: Allies regret the decision deeply");
    site.edit("content/stories/reaction.md", "Allied governments said", "Allied governments told reporters").build();
    assertThat(site.file("sources/index.html")).contains("Allied governments told reporters");
  }

  /**
   * A story's text is read from its file again when a rebuild takes the story from the cache
   * (which keeps the text of the feed's newest stories only): a template that prints the view's
   * body object, or the whole view, must print what a clean build prints.
   */
  @Test
  void aStorysTextPrintsTheSameWhetherTheCacheKeptItOrNot() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS + """
        -- templates/topic.ftlh --
        <#list topic.articles as a><p>${a.body}</p><pre>${a}</pre></#list>
        """).edit("briefing.yaml", "language: en", "language: en\nfeed:\n  entries: 1").build();
    assertThat(site.file("topics/nato/index.html")).contains("the expulsion of eight of its staff");
    site.edit("content/stories/reaction.md", "Allied governments said", "Allied governments told reporters").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    site.edit("templates/topic.ftlh", "<p>", "<p class=x>").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.FULL);
  }

  @Test
  void everyRebuildAfterARandomEditGivesACleanBuildsFiles() {
    long seed = Long.getLong("briefing.edits.seed", FIXED_SEED);
    Random random = new Random(seed);
    EditSequence edits = new EditSequence(TestSite.of(dir, ""), RandomEdits.small(random), random);
    String step = "the first build";
    int failed = 0;
    int previewEdits = 0;
    try {
      assertThat(edits.build()).as("errors of the first build").isEmpty();
      for (int i = 1; i <= STEPS; i++) {
        step = "edit " + i;
        if (edits.next().failed() != null) {
          failed++;
        } else if (edits.lastPreviewWay() == BuildPlanner.Way.EDIT) {
          previewEdits++;
        }
      }
    } catch (AssertionError e) {
      throw new AssertionError("with -Dbriefing.edits.seed=" + seed + ", after " + step + ":\n" + e.getMessage(), e);
    }
    assertThat(failed).as("edits that made a broken site (seed " + seed + ")").isLessThan(STEPS / 3);
    assertThat(previewEdits).as("rebuilds of the preview that took the edit way from its memory (seed " + seed + ")")
        .isPositive();
  }
}
