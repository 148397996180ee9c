package org.briefing.model;

import java.time.LocalDate;
import java.util.List;

/** A briefing edition: the stories of one day (or week), in display order, with an optional note. */
public record Edition(LocalDate date, String title, String noteHtml, List<Article> stories, String path) {}
