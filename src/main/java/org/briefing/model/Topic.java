package org.briefing.model;

import java.util.List;

/** A topic and its stories, newest first. */
public record Topic(String name, String slug, List<Article> articles) {}
