package org.briefing.model;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms a grouping's file declares, found by any of their spellings: a name or alias as
 * written, or one that differs from it only in case, accents or punctuation (which has the same
 * {@link Slugs#key key}).
 *
 * @param file the grouping's term file, whether or not the site has one
 */
public record DeclaredTerms(Path file, List<DeclaredTerm> terms, Map<String, DeclaredTerm> exact, Map<String, DeclaredTerm> loose) {

  /** How a spelling was found: its term, and whether the spelling is the term's name or one of its aliases as written. */
  public record Match(DeclaredTerm term, boolean exact) {}

  public DeclaredTerms {
    terms = List.copyOf(terms);
    exact = Map.copyOf(exact);
    loose = Map.copyOf(loose);
  }

  /** The terms of {@code file}, in its order; the first claim of a spelling wins (a second is reported by the reader). */
  public static DeclaredTerms of(Path file, List<DeclaredTerm> terms) {
    Map<String, DeclaredTerm> exact = new HashMap<>();
    Map<String, DeclaredTerm> loose = new HashMap<>();
    for (DeclaredTerm t : terms) {
      exact.putIfAbsent(t.name(), t);
      loose.putIfAbsent(Slugs.key(t.name()), t);
      for (String alias : t.aliases()) {
        exact.putIfAbsent(alias, t);
        loose.putIfAbsent(Slugs.key(alias), t);
      }
    }
    return new DeclaredTerms(file, terms, exact, loose);
  }

  /** The declared term {@code spelling} means, or null when it means none. */
  public Match find(String spelling) {
    DeclaredTerm t = exact.get(Slugs.name(spelling));
    if (t != null) {
      return new Match(t, true);
    }
    t = loose.isEmpty() ? null : loose.get(Slugs.key(spelling));
    return t == null ? null : new Match(t, false);
  }

  /** The name and address of the term {@code spelling} stands for: the declared term's, else its own. */
  public String slugOf(String spelling) {
    Match m = find(spelling);
    return m == null ? Slugs.ofName(spelling) : m.term().slug();
  }

  /** The name a story's {@code spelling} is shown by: the declared term's, else as written. */
  public String nameOf(String spelling) {
    Match m = find(spelling);
    return m == null ? spelling : m.term().name();
  }
}
