package org.briefing.serve;

/** What part of a site a changed file belongs to, which decides how much must be rebuilt. */
public enum ChangeKind {
  /** {@code briefing.yaml}, or one of the site's folders appearing or disappearing: everything is rebuilt. */
  CONFIG,
  /** A template or theme asset in {@code templates/}: the pages using it are re-rendered. */
  TEMPLATE,
  /** A story, edition, source list or photo in {@code content/}. */
  CONTENT,
  /** A file in {@code static/}: built as any other change (photos are resized, {@code _redirects} merged). */
  STATIC;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
