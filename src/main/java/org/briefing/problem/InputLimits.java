package org.briefing.problem;

/**
 * How much input Briefing takes before it stops with an error: enough for any real briefing,
 * small enough that no file can exhaust the memory, the stack or the time of a build.
 * docs/limits.md lists them for users.
 */
public final class InputLimits {
  /** A story, an edition file, {@code briefing.yaml} or a {@code _defaults.yaml}: about 150,000 words. */
  public static final long TEXT_FILE_BYTES = 1024 * 1024;
  /** {@code content/sources.yaml}, which grows with the site: tens of thousands of sources. */
  public static final long SOURCES_FILE_BYTES = 8 * 1024 * 1024;
  /** A file given to {@code briefing import}: a web page with its scripts and styles, or agency copy. */
  public static final long IMPORT_FILE_BYTES = 8 * 1024 * 1024;
  /** Mappings and lists inside each other in one YAML document. */
  public static final int YAML_DEPTH = 50;
  /** Values that aliases ({@code *name}) copy into one YAML document, counted as if written out. */
  public static final int YAML_ALIAS_COPIES = 10_000;
  /**
   * Terms in one field of one story (topics, places, authors, a grouping's): each has a page and a
   * feed that show the story with all of them, so what a story costs grows as their number squared.
   */
  public static final int TERMS_PER_FIELD = 100;
  /** The first and last years a date may fall in ({@code date}, {@code updated}, {@code edition}): a year past them is a typo. */
  public static final int FIRST_YEAR = 1800;
  public static final int LAST_YEAR = 2200;
  /** Block quotes, list items, emphasis and links inside each other in one Markdown text. */
  public static final int MARKDOWN_DEPTH = 50;

  private InputLimits() {}

  /** "1 MB", "8 MB": a limit as people read it. */
  public static String describe(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }
}
