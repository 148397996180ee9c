package org.briefing.model;

import java.time.YearMonth;
import java.util.List;

/** The stories of one month, newest first. */
public record ArchiveMonth(YearMonth month, List<Article> articles) {}
