package org.briefing.model;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A page that is not a story (about, contact, corrections policy…), from {@code content/pages/}:
 * no date, sources or edition, in no feed or edition, at an address of its own.
 *
 * @param path its address on the site, "about/" or "policies/ethics/"
 * @param updated when it was last changed, as its editor says; null when not said
 * @param draft whether it is a draft, in the site only in a build or preview with {@code --drafts}
 * @param links the links and images of its text to addresses with no scheme, at their lines of its file
 */
public record SitePage(Path file, String path, String title, String description, ZonedDateTime updated, String bodyHtml,
    boolean draft, List<org.briefing.markdown.WrittenLink> links) {}
