package org.briefing.markdown;

/**
 * An image written in Markdown: the line of the text where it is written, its address and its
 * credit: the image's title ({@code ![alt](/images/map.png "Map: Jane Doe/Agency")}), else the
 * words of a caption under it that credit it, else "".
 */
public record TextImage(int line, String src, String credit) {}
