package org.briefing.model;

/** A titled link, as in a story's "Go deeper" list. */
public record Link(String title, String url) {}
