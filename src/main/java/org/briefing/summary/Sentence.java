package org.briefing.summary;

/**
 * One sentence of an article body: its place in the whole body ({@code index}), the paragraph it
 * belongs to (its number among the article's paragraphs) and its place in that paragraph.
 */
public record Sentence(int index, int paragraph, int inParagraph, String text) {}
