package org.briefing.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One document of the index as its analysis left it, which is all the layout of the index
 * ({@link SearchIndex#build}) reads of it: its date (null for a page), language, facet names,
 * its distinct stems (sorted) each with its weight, the folded surface forms it has, each with
 * the position of its stem in {@code stems} (sorted by form, then stem), and the fingerprint of
 * what it was analysed from ({@code source}: the key it is kept under, which covers its own
 * part of its result file, {@link SearchIndex#documentFile}, too). A hidden document (a draft, a story not
 * yet due) keeps its number and date and has nothing else. It depends on its own document only,
 * so a build can keep it and reuse it while the document is unchanged.
 */
public record AnalysedDocument(boolean hidden, LocalDate date, String language, Map<String, List<String>> facets,
    String[] stems, int[] weights, String[] forms, int[] formStems, long source) {

  public AnalysedDocument {
    facets = Map.copyOf(facets);
    if (stems.length != weights.length || forms.length != formStems.length) {
      throw new IllegalArgumentException("stems and weights, forms and their stems must pair up");
    }
  }

  /** A document that keeps its number and date in the index and nothing else. */
  public static AnalysedDocument hidden(LocalDate date) {
    return new AnalysedDocument(true, date, "", Map.of(), new String[0], new int[0], new String[0], new int[0], 0);
  }

  /** The names of the document under {@code facet}, in its order. */
  public List<String> facet(String facet) {
    return facets.getOrDefault(facet, List.of());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnalysedDocument d && hidden == d.hidden && source == d.source && Objects.equals(date, d.date)
        && language.equals(d.language) && facets.equals(d.facets) && Arrays.equals(stems, d.stems)
        && Arrays.equals(weights, d.weights) && Arrays.equals(forms, d.forms) && Arrays.equals(formStems, d.formStems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hidden, date, language, facets, Arrays.hashCode(stems), Arrays.hashCode(weights),
        Arrays.hashCode(forms), Arrays.hashCode(formStems), source);
  }

  @Override
  public String toString() {
    return "AnalysedDocument[" + (hidden ? "hidden " : "") + date + " " + language + ", " + stems.length + " stems, "
        + forms.length + " forms]";
  }
}
