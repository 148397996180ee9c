package org.briefing.model;

import java.util.List;

/**
 * A term of a grouping (a topic, a place, an author) and its stories, newest first.
 *
 * @param declared what the grouping's term file says of it, null for a term no file declares
 */
public record Term(String name, String slug, DeclaredTerm declared, List<Article> articles) {}
