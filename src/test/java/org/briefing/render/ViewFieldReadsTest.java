package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.briefing.model.Body;
import org.briefing.model.StoryReads;
import org.junit.jupiter.api.Test;

/**
 * Every component of a story's view notes its read for the page being made, by its own position:
 * a rebuild after an edit skips a page whose last rendering read no component the edit changed,
 * so a component read without a note would leave that page stale.
 */
class ViewFieldReadsTest {
  private static final RecordComponent[] COMPONENTS = Views.ArticleView.class.getRecordComponents();

  @Test
  void eachComponentNotesItselfAndNothingElse() throws Exception {
    Views.ArticleView view = view("A headline", 7);
    for (int i = 0; i < COMPONENTS.length; i++) {
      RecordComponent c = COMPONENTS[i];
      long read = read(() -> invoke(c, view));
      // the fingerprint is made of the story file's path, which no template sees: not a read
      assertThat(read).as("ArticleView.%s(): write its accessor as the others are, 'return read(\"%s\", %s);'",
          c.getName(), c.getName(), c.getName()).isEqualTo(c.getName().equals("fingerprint") ? 0 : 1L << i);
    }
  }

  @Test
  void theTextAndTheWholeViewCountAsReadsOfWhatTheyShow() throws Exception {
    Views.ArticleView view = view("A headline", 7);
    assertThat(read(view::bodyHtml)).isEqualTo(1L << position("body"));
    long everyField = 0;
    for (int i = 0; i < COMPONENTS.length; i++) {
      everyField |= COMPONENTS[i].getName().equals("fingerprint") ? 0 : 1L << i;
    }
    assertThat(read(view::toString)).isEqualTo(everyField);
    assertThat(read(() -> view.equals(view("A headline", 7)))).isEqualTo(everyField);
  }

  @Test
  void readsOutsideAPageNoteNothingAndAStoryReadItselfCountsAsEveryField() {
    Views.ArticleView view = view("A headline", 7);
    assertThat(view.title()).isEqualTo("A headline"); // no page being made: nothing to note, no failure
    assertThat(read(() -> {
      StoryReads.whole();
      return null;
    })).isEqualTo(StoryReads.EVERY_FIELD);
  }

  @Test
  void twoVersionsDifferInTheComponentsTheyDoNotShare() throws Exception {
    long differing = Views.ArticleView.differing(view("A headline", 7), view("Another headline", 8));
    assertThat(differing).isEqualTo(1L << position("title") | 1L << position("words"));
    assertThat(Views.ArticleView.differing(view("A headline", 7), view("A headline", 7))).isZero();
  }

  private static long read(java.util.concurrent.Callable<?> work) {
    long[] mask = {0};
    StoryReads.noting(mask, () -> {
      try {
        return work.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return mask[0];
  }

  private static Object invoke(RecordComponent c, Views.ArticleView view) throws Exception {
    return c.getAccessor().invoke(view);
  }

  private static int position(String name) {
    for (int i = 0; i < COMPONENTS.length; i++) {
      if (COMPONENTS[i].getName().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** A view whose components all have values of their type: texts, empty lists and maps, a text of HTML. */
  private static Views.ArticleView view(String title, int words) {
    Object[] values = new Object[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      Class<?> type = COMPONENTS[i].getType();
      values[i] = switch (COMPONENTS[i].getName()) {
        case "title" -> title;
        case "words" -> words;
        case "body" -> new Views.StoryText(new Body.InMemory("<p>Text.</p>", List.of("Text."), List.of(), 42));
        default -> type == String.class ? COMPONENTS[i].getName() : type == List.class ? List.of() : type == Map.class ? Map.of()
            : type == int.class ? 1 : type == boolean.class ? false : type == long.class ? 99L : null;
      };
    }
    try {
      Constructor<Views.ArticleView> make = Views.ArticleView.class.getDeclaredConstructor(
          java.util.Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return make.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
