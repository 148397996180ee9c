package org.briefing.importer;

/**
 * An input's bytes read as text; {@code encoding} names the character set that was used and
 * {@code note} says why when it was not plain UTF-8 (empty otherwise).
 */
public record DecodedText(String text, String encoding, String note) {}
