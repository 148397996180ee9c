package org.briefing.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.briefing.config.Grouping;
import org.briefing.model.DeclaredTerm;
import org.briefing.model.DeclaredTerms;
import org.briefing.model.Placement;
import org.briefing.model.Slugs;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * The terms of one grouping, from the placements. Spellings with one slug are one term: a
 * declared term's name and aliases, and any spelling that differs from one of them, or from
 * another spelling, only in case, accents or punctuation. A declared term is shown by its
 * declared name; another by the spelling most of its stories use, and of spellings used equally
 * often, the first in Unicode order ("NATO" before "Nato" before "nato"), so that the name does
 * not depend on the order of files. A spelling merged with another that no file names as an
 * alias is reported as a warning naming both files.
 */
final class TermIndexer {
  private final Grouping grouping;
  private final DeclaredTerms declared;
  private final String language;
  private final Problems problems;

  TermIndexer(Grouping grouping, DeclaredTerms declared, String language, Problems problems) {
    this.grouping = grouping;
    this.declared = declared;
    this.language = language;
    this.problems = problems;
  }

  /** How often a spelling is used and the first story (in site order) that uses it. */
  private static final class Use {
    int stories;
    final int first;

    Use(int first) {
      this.first = first;
    }
  }

  SiteShape.GroupAt index(List<Placement> stories) {
    Map<String, List<Integer>> bySlug = new LinkedHashMap<>();
    Map<String, Map<String, Use>> spellings = new HashMap<>();
    Map<String, DeclaredTerms.Match> matches = new HashMap<>();
    // a site has few spellings and many stories: each spelling's slug is worked out once
    Map<String, String> slugs = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      for (String spelling : stories.get(i).termsOf(grouping.field())) {
        DeclaredTerms.Match match = declared == null ? null : matches.computeIfAbsent(spelling, declared::find);
        String slug = match != null ? match.term().slug() : slugs.computeIfAbsent(spelling, Slugs::ofName);
        List<Integer> list = bySlug.computeIfAbsent(slug, s -> new ArrayList<>());
        // two spellings of one term in one story ("Trade", "trade") list it once
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
        int story = i;
        spellings.computeIfAbsent(slug, s -> new TreeMap<>()).computeIfAbsent(spelling, s -> new Use(story)).stories++;
      }
    }
    List<SiteShape.TermAt> terms = new ArrayList<>();
    bySlug.forEach((slug, list) -> {
      Map<String, Use> used = spellings.get(slug);
      DeclaredTerms.Match match = matches.get(used.keySet().iterator().next());
      DeclaredTerm term = match == null ? null : match.term();
      String name = term != null ? term.name() : chosen(used);
      if (!refuseOthers(stories, slug, used, matches)) {
        warnOfMerges(stories, name, term, used, matches);
      }
      terms.add(new SiteShape.TermAt(name, slug, term, SiteIndexer.ints(list)));
    });
    terms.sort(SiteIndexer.byName(SiteShape.TermAt::name, language).thenComparing(SiteShape.TermAt::slug));
    return new SiteShape.GroupAt(grouping, List.copyOf(terms), declared);
  }

  /** The spelling most stories use; of those used equally often, the first in Unicode order (the map's order). */
  private static String chosen(Map<String, Use> used) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Use> e : used.entrySet()) {
      if (e.getValue().stories > most) {
        best = e.getKey();
        most = e.getValue().stories;
      }
    }
    return best;
  }

  /**
   * Reports, as errors, spellings that have one slug but are different names (not only in case,
   * accents or punctuation: "Σήμη" and "Σίμη"), which would share one page; true when there are any.
   */
  private boolean refuseOthers(List<Placement> stories, String slug, Map<String, Use> used, Map<String, DeclaredTerms.Match> matches) {
    Map<String, String> byName = new TreeMap<>();
    used.keySet().forEach(spelling -> {
      DeclaredTerms.Match match = matches.get(spelling);
      byName.putIfAbsent(match != null ? "=" + match.term().name() : Slugs.key(spelling), spelling);
    });
    if (byName.size() < 2) {
      return false;
    }
    String kind = grouping.label().toLowerCase(Locale.ROOT);
    String file = declared == null ? "content/" + grouping.name() + ".yaml" : shown(declared.file());
    String first = byName.values().iterator().next();
    byName.values().stream().skip(1).forEach(spelling -> problems.error(SourcePosition.of(stories.get(used.get(spelling).first).file()),
        "the " + kind + " '" + spelling + "' and '" + first + "' (" + shown(stories.get(used.get(first).first).file())
            + ") are different names with one address, /" + grouping.path() + "/" + slug + "/",
        "declare both in " + file + " (a term whose address another has already gets one of its own), or the one as an alias of the other"));
    return true;
  }

  private void warnOfMerges(List<Placement> stories, String name, DeclaredTerm term, Map<String, Use> used,
      Map<String, DeclaredTerms.Match> matches) {
    String kind = grouping.label().toLowerCase(Locale.ROOT);
    String file = declared == null ? "content/" + grouping.name() + ".yaml" : shown(declared.file());
    used.forEach((spelling, use) -> {
      SourcePosition at = SourcePosition.of(stories.get(use.first).file());
      if (term != null) {
        if (!matches.get(spelling).exact()) {
          problems.warning(at, "the " + kind + " '" + spelling + "' is taken as '" + term.name() + "', declared in "
                  + shown(term.writtenAt().file()) + ":" + term.writtenAt().line() + ", which it differs from only in case, accents or punctuation",
              "write '" + term.name() + "', or add '" + spelling + "' to its aliases there");
        }
      } else if (!spelling.equals(name)) {
        problems.warning(at, "the " + kind + " '" + spelling + "' and '" + name + "' (" + shown(stories.get(used.get(name).first).file())
                + ") differ only in case, accents or punctuation and are listed as one, '" + name + "'",
            "write one spelling, or declare the " + kind + " in " + file + " with the other spellings as aliases");
      }
    });
  }

  private static String shown(java.nio.file.Path file) {
    return file.toString().replace('\\', '/');
  }
}
