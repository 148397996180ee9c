package org.briefing.model;

import java.util.List;
import org.briefing.config.SiteConfig;

/** The whole briefing, ready to render: every list is sorted newest first, names alphabetically. */
public record Site(
    SiteConfig config,
    List<Article> articles,
    List<Edition> editions,
    List<Topic> topics,
    List<SourceIndex> sources,
    List<ArchiveMonth> archive,
    List<SitePage> pages) {}
