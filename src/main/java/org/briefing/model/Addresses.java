package org.briefing.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * Gives every story an address of its own. Two stories of one day whose headlines make the same
 * slug would be written to the same page; the one whose slug the editor chose (or, when neither
 * chose, the first by file name) keeps the address, and the other is published at the slug with
 * "-2" (or the next free number) added, with a warning. Two slugs both chosen by the editor are
 * an error: only the editor can say which story keeps the address.
 */
public final class Addresses {
  private Addresses() {}

  /** The stories, in the same order, each with an address of its own; {@code moved} are the files of those given a new one. */
  public record Settled(List<Article> articles, Set<Path> moved) {}

  public static Settled settle(List<Article> articles, Problems problems) {
    Map<String, List<Article>> byPath = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Article a : articles) {
      byPath.computeIfAbsent(a.path(), p -> new ArrayList<>()).add(a);
      taken.add(a.path());
    }
    Map<Path, Article> renamed = new java.util.HashMap<>();
    byPath.values().stream().filter(group -> group.size() > 1)
        .sorted(Comparator.comparing(group -> group.get(0).path()))
        .forEach(group -> {
          List<Article> ordered = group.stream()
              .sorted(Comparator.comparing((Article a) -> !a.slugChosen()).thenComparing(a -> a.file().toString())).toList();
          Article keeper = ordered.get(0);
          for (Article other : ordered.subList(1, ordered.size())) {
            if (other.slugChosen()) {
              problems.error(SourcePosition.of(other.file(), 1), "this story has the same address /" + other.path() + " as "
                  + keeper.file(), "give one of them another 'slug:' in its front matter");
              continue;
            }
            Article moved = withSlug(other, freeSlug(other, taken));
            taken.add(moved.path());
            renamed.put(other.file(), moved);
            problems.warning(SourcePosition.of(other.file(), 1), "this story's headline makes the same address /" + other.path()
                + " as " + keeper.file() + ", so it is published at /" + moved.path() + " instead",
                "give one of them a 'slug:' of its own in the front matter to choose its address");
          }
        });
    if (renamed.isEmpty()) {
      return new Settled(articles, Set.of());
    }
    List<Article> out = articles.stream().map(a -> renamed.getOrDefault(a.file(), a)).toList();
    return new Settled(out, Set.copyOf(renamed.keySet()));
  }

  private static String freeSlug(Article a, Set<String> taken) {
    for (int n = 2; ; n++) {
      String slug = a.slug() + "-" + n;
      if (!taken.contains(dateFolder(a) + slug + "/")) {
        return slug;
      }
    }
  }

  /** "2021/10/18/" of a story at "2021/10/18/its-slug/". */
  private static String dateFolder(Article a) {
    return a.path().substring(0, a.path().length() - a.slug().length() - 1);
  }

  private static Article withSlug(Article a, String slug) {
    return a.withAddress(slug, dateFolder(a) + slug + "/");
  }
}
