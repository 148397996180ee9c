package org.briefing.load;

import java.nio.file.Path;

/** An article file as read: its front matter (with folder defaults applied) and its Markdown body. */
public record RawArticle(Path file, YamlData meta, String body, int bodyLine) {}
