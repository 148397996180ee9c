package org.briefing.model;

import java.util.List;
import org.briefing.config.SiteConfig;

/**
 * The whole briefing, ready to render: every list is sorted newest first, names alphabetically.
 *
 * @param groups the groupings (topics, places, authors and the site's own) with their terms, in the configuration's order
 */
public record Site(
    SiteConfig config,
    List<Article> articles,
    List<Edition> editions,
    List<Group> groups,
    List<SourceIndex> sources,
    List<ArchiveMonth> archive,
    List<SitePage> pages) {}
