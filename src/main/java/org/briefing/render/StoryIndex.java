package org.briefing.render;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.briefing.model.Article;

/**
 * What the renderer needs to know of the stories besides the site model: the date of the edition
 * each belongs to, the stories related to each, the page path of the story at each position of
 * the site's list (so that the pages can be listed without reading every story), and each
 * story's fingerprint where the build already knows it (null where it does not).
 */
public record StoryIndex(Function<Article, LocalDate> editionOf, Function<Article, List<Article>> related,
    List<String> paths, Function<Article, Long> keys) {}
