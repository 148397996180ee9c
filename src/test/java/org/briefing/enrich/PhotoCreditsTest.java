package org.briefing.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * The edit way replaces the last build's warnings of the photo credits' check with the check's new
 * ones, and knows them by the check that made them: before, by their hint's words, so that a
 * rewording of the hint would have kept a stale warning for ever, and a warning of another check
 * worded alike would have been dropped.
 */
class PhotoCreditsTest {
  private static Problem warning() {
    Path photo = Path.of("/site/static/images/quay.jpg");
    Problems problems = new Problems();
    PhotoCredits.check(List.of(Path.of("/site/content/a.md"), Path.of("/site/content/b.md")),
        List.of(new PhotoCredits.Credit(photo, "Ana Ruiz/Reuters"), new PhotoCredits.Credit(photo, "Jo Lee/AFP")), problems);
    assertThat(problems.all()).hasSize(1);
    return problems.all().get(0);
  }

  @Test
  void aWarningOfTheCheckIsItsWhateverItsWordsSay() {
    Problem made = warning();
    assertThat(PhotoCredits.isItsWarning(made)).isTrue();
    Problem reworded = new Problem(made.severity(), made.position(), "reworded", "reworded too", made.passes(), made.check());
    assertThat(PhotoCredits.isItsWarning(reworded)).isTrue();
  }

  @Test
  void aWarningWordedAlikeThatTheCheckDidNotMakeIsNotIts() {
    Problem made = warning();
    assertThat(PhotoCredits.isItsWarning(Problem.warning(made.position(), made.message(), made.hint()))).isFalse();
  }
}
