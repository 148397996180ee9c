package org.briefing.load;

import java.util.List;

/** Everything read from a site's {@code content/} folder, in a stable order. */
public record LoadedContent(List<RawArticle> articles, List<RawEdition> editions, YamlData sources, java.nio.file.Path sourcesFile) {}
