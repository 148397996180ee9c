package org.briefing.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefing.model.Article;
import org.briefing.model.Photo;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * One photo file has one author, so every story that shows it must credit it alike: two credits of
 * one file mean that a story names the wrong photographer or agency under the photo. Each story of
 * such a file is warned, with the other credits and where they are given. A build checks every
 * story's {@link Credit}; a rebuild after an edit checks the stored ones with the edited stories'
 * anew, and replaces the last build's warnings of this check ({@link #isItsWarning}), as an edit
 * of one story can make or mend another's.
 */
public final class PhotoCredits {
  private static final String HINT = "give the photo the same credit in every story that shows it, the one its source gives";

  /** A story's local photo file (in static/ or beside the story) and the credit the story gives it. */
  public record Credit(Path story, Path photo, String credit) {
    /**
     * The credit of {@code story}'s photo; null when it has no local photo or no credit, or when the
     * file names its own credit, which each story's is checked against already (AttributionCheck).
     */
    public static Credit of(Article story) {
      Photo photo = story.image();
      if (photo == null || photo.source() == null || photo.credit() == null || photo.credit().isBlank()
          || photo.info() != null && !photo.info().embedded().bestCredit().isEmpty()) {
        return null;
      }
      return new Credit(story.file(), photo.source(), photo.credit());
    }
  }

  private PhotoCredits() {}

  /** Warns of every photo file that {@code credits} (in site order; nulls are stories without one) credit differently. */
  public static void check(List<Credit> credits, Problems problems) {
    Map<Path, List<Credit>> byPhoto = new LinkedHashMap<>();
    for (Credit credit : credits) {
      if (credit != null) {
        byPhoto.computeIfAbsent(credit.photo(), f -> new ArrayList<>()).add(credit);
      }
    }
    byPhoto.forEach((photo, showing) -> {
      if (showing.stream().map(c -> key(c.credit())).distinct().count() < 2) {
        return;
      }
      for (Credit story : showing) {
        String others = showing.stream().filter(o -> !key(o.credit()).equals(key(story.credit())))
            .map(o -> "'" + o.credit() + "' in " + shown(o.story())).distinct().collect(Collectors.joining(", "));
        problems.warning(SourcePosition.of(story.story()), "its photo " + shown(photo) + " is credited '" + story.credit()
            + "' here but " + others + ": one photo has one author, and a story names the wrong one", HINT);
      }
    });
  }

  /** Whether {@code problem} is a warning of this check. */
  public static boolean isItsWarning(Problem problem) {
    return HINT.equals(problem.hint());
  }

  /** A credit as compared: "Reuters" and "REUTERS", or "AP Photo/Ana Ruiz" and "AP Photo / Ana Ruiz", are one credit. */
  private static String key(String credit) {
    return credit.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String shown(Path file) {
    return file.toString().replace('\\', '/');
  }
}
