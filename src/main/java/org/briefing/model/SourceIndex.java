package org.briefing.model;

import java.util.List;

/**
 * A source organisation, or a document that names none, with the stories that cite it, newest
 * first. Only an organisation has a page of its own.
 */
public record SourceIndex(Source source, List<Article> articles) {}
