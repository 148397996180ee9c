package org.briefing.enrich;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.model.Article;
import org.briefing.model.Photo;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * One photo file has one author, so every story that shows it must credit it alike: credits of one
 * file that name different people or agencies mean that some stories name the wrong one under the
 * photo. Such a file gets one warning, at the file, naming its credits with a story of each and how
 * many stories give it. A build checks every story's {@link Credit}; a rebuild after an edit checks
 * the stored ones with the edited stories' anew and replaces the last build's warnings of this check
 * ({@link #isItsWarning}), as an edit of one story can make or mend the warning.
 */
public final class PhotoCredits {
  /** The code of this check's warnings ({@link Problem#check}), by which a rebuild knows them whatever they say. */
  private static final String CHECK = "photo-credits";
  /** How many of a file's credits its warning names; a file credited more ways has the rest counted. */
  private static final int NAMED = 4;

  /** A story's local photo file (in static/ or beside the story) and the credit the story gives it. */
  public record Credit(Path photo, String credit) {
    /**
     * The credit of {@code story}'s photo; null when it has no local photo or no credit, or when the
     * file names its own credit, which each story's is checked against already ({@link AttributionCheck}).
     */
    public static Credit of(Article story) {
      Photo photo = story.image();
      if (photo == null || photo.source() == null || photo.credit() == null || photo.credit().isBlank()
          || photo.info() != null && !photo.info().embedded().bestCredit().isEmpty()) {
        return null;
      }
      return new Credit(real(photo.source()), photo.credit());
    }

    /**
     * The file a link to a photo file leads to ({@code link.jpg} to {@code a.jpg}), so that both are
     * one photo; named from the site's folder as written (a photo reached through a link to a folder
     * is refused before this).
     */
    private static Path real(Path file) {
      Path at = file.toAbsolutePath().normalize();
      try {
        for (int hops = 0; hops < 16 && java.nio.file.Files.isSymbolicLink(at); hops++) {
          at = at.resolveSibling(java.nio.file.Files.readSymbolicLink(at)).normalize();
        }
      } catch (java.io.IOException e) {
        // the photo was read through the link a moment ago: a link gone since names the file it was
      }
      return at;
    }
  }

  private PhotoCredits() {}

  /** The stories, by file, that give one credit of a photo: the first of them, and how many. */
  private record Giving(String credit, Path first, int stories) {}

  /**
   * Warns of every photo file that the stories credit in ways that disagree: {@code credits} are
   * the stories' (null for one without), in site order, each story's file at the same place of {@code stories}.
   */
  public static void check(List<Path> stories, List<Credit> credits, Problems problems) {
    Map<Path, Map<String, Giving>> byPhoto = new LinkedHashMap<>();
    Map<String, String> keys = new java.util.HashMap<>(); // a site has far fewer credits than stories
    for (int i = 0; i < credits.size(); i++) {
      Credit credit = credits.get(i);
      if (credit != null) {
        Path story = stories.get(i);
        byPhoto.computeIfAbsent(credit.photo(), f -> new LinkedHashMap<>()).merge(keys.computeIfAbsent(credit.credit(), PhotoCredits::key),
            new Giving(credit.credit(), story, 1), (had, more) -> new Giving(had.credit(), had.first(), had.stories() + 1));
      }
    }
    byPhoto.forEach((photo, givings) -> {
      List<Giving> ways = new ArrayList<>(givings.values());
      if (!anyDisagree(ways)) {
        return;
      }
      ways.sort(java.util.Comparator.comparingInt(Giving::stories).reversed()); // stable: equal counts in site order
      StringBuilder named = new StringBuilder();
      for (Giving way : ways.subList(0, Math.min(NAMED, ways.size()))) {
        named.append(named.length() == 0 ? "" : ", ").append('\'').append(way.credit()).append("' in ").append(shown(way.first()))
            .append(way.stories() == 1 ? "" : " and " + (way.stories() - 1) + (way.stories() == 2 ? " other story" : " other stories"));
      }
      if (ways.size() > NAMED) {
        named.append(", and ").append(ways.size() - NAMED).append(" other credits");
      }
      problems.add(Problem.warning(SourcePosition.of(photo), "this photo is credited " + ways.size() + " ways by the stories that show it: "
          + named + "; one photo has one author, so some of them name the wrong one",
          "give the photo the same credit in every story that shows it, the one its source gives").foundBy(CHECK));
    });
  }

  private static boolean anyDisagree(List<Giving> ways) {
    for (int i = 0; i < ways.size(); i++) {
      for (int j = i + 1; j < ways.size(); j++) {
        if (AttributionCheck.disagree(ways.get(i).credit(), ways.get(j).credit())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code problem} is a warning of this check: one it made, not one that reads alike. */
  public static boolean isItsWarning(Problem problem) {
    return problem.isFoundBy(CHECK);
  }

  /** A credit as its words: "Reuters" and "REUTERS", or "Photo: Ana Ruiz/Reuters" and "Reuters / Ana Ruiz", are one credit. */
  private static String key(String credit) {
    return String.join(" ", AttributionCheck.words(credit));
  }

  private static String shown(Path file) {
    return file.toString().replace('\\', '/');
  }
}
