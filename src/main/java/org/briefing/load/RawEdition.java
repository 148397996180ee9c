package org.briefing.load;

import java.nio.file.Path;

/** An edition file as read from {@code content/editions/}; {@code bodyLine} is the line of the file where its note starts. */
public record RawEdition(Path file, String name, YamlData meta, String body, int bodyLine) {}
