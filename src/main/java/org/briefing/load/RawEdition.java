package org.briefing.load;

import java.nio.file.Path;

/** An edition file as read from {@code content/editions/}. */
public record RawEdition(Path file, String name, YamlData meta, String body) {}
