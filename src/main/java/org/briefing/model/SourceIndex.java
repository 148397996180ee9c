package org.briefing.model;

import java.util.List;

/** A source organisation and the stories that cite it, newest first. */
public record SourceIndex(Source source, List<Article> articles) {}
