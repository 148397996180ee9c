package org.briefing.model;

import java.util.List;
import org.briefing.config.Grouping;

/** A grouping of the site with its terms, sorted by name, and the terms its file declares. */
public record Group(Grouping grouping, List<Term> terms, DeclaredTerms declared) {}
