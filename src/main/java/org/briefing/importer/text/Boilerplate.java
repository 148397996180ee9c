package org.briefing.importer.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.importer.Organisations;

/** Lines that belong to the page or the wire service, not to the story, and why. */
public final class Boilerplate {
  /**
   * "© ...", or "Copyright" or "(c)" followed by ©, a year or "Copyright". A line that merely starts
   * with the word ("Copyright row hits labels") is story text.
   */
  private static final Pattern COPYRIGHT_MARK = Pattern.compile(
      "(?i)^(?:©|(?:\\(c\\)|copyright)\\s*(?:©|\\(c\\)|copyright\\b|(?:19|20)\\d{2}\\b)).*");
  /** "Copyright Thomson Reuters 2021": the word, then only an organisation's name and perhaps a year. */
  private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
      "(?i)^(?:\\(c\\)|copyright)\\s+(?<holder>[^.,;:]{2,60}?)(?:,?\\s+(?:19|20)\\d{2})?\\.?(?:\\s+all rights reserved\\.?)?$");
  /** "All rights reserved." alone, or after a short holder and year ("AFP 2021. All rights reserved."). */
  private static final Pattern RIGHTS_RESERVED = Pattern.compile(
      "(?i)^(?:[^.]{0,60}\\b(?:19|20)\\d{2}\\.?\\s+)?all rights reserved\\.?$");
  private static final int MAX_COPYRIGHT_WORDS = 40;
  private static final Pattern PAGE = Pattern.compile("(?i)^(?:advertisement|advert|skip advertisement|sponsored|"
      + "read more|read more:.{0,200}|related:.{0,200}|related (?:articles|stories|coverage|content)|see also:.{0,200}|"
      + "share(?: this)?(?: article| story| page)?|share on (?:facebook|twitter|x)|tweet|print|email|"
      + "follow us on .{1,60}|sign up .{0,80}newsletter.{0,40}|subscribe .{0,80}|click here .{0,120}|"
      + "continue reading.{0,40}|listen to this article.{0,40}|\\d{1,2} min(?:ute)?s? read|comments?|"
      + "our standards:.{0,80}|back to top|top of page|more on this story|most read|trending)\\.?$");
  private static final Pattern VERSION_NOTE = Pattern.compile(
      "^[(\\[](?:adds|updates|recasts|refiles|repeats|rewrites|writes through|inserts|changes|fixes|removes|corrects|"
      + "clarifies|amends|moves|new throughout|updates throughout)\\b[^)\\]]{0,200}[)\\]]$", Pattern.CASE_INSENSITIVE);

  /**
   * A press office's label over its release, in its own forms: in capitals ("PRESS RELEASE", "FOR IMMEDIATE RELEASE",
   * "FOR RELEASE"), or "Press release", "News release", "Media release" and "For immediate release" with a capital
   * (a colon after them or none). A story's "Immediate release" (a hostage deal) and a hard-wrapped line "press
   * release." ending a sentence are no label.
   */
  private static final Pattern LABEL = Pattern.compile("(?:(?:PRESS|NEWS|MEDIA) RELEASE|FOR (?:IMMEDIATE )?RELEASE"
      + "|(?:Press|News|Media) [Rr]elease|For [Ii]mmediate [Rr]elease)\\s*:?");

  /** "Read more:", "Related:", "See also:" opening a line. */
  private static final Pattern POINTER = Pattern.compile("(?i)^(?:read more|related|see also):\\s.*");
  /** The fewest words after "Related:" that are a sentence of the story, not a link's title, when nothing else tells. */
  private static final int SENTENCE_WORDS = 6;
  /** A month or a day of the week, as a date in a sentence names them. */
  private static final Pattern WHEN = Pattern.compile("\\b(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday)\\b");

  private Boilerplate() {}

  /**
   * Whether a line opening "Read more:", "Related:" or "See also:" goes on with a sentence of the story ("Related: the
   * lake froze last in 2020, when ..."), not a link's title: a full stop at its end, and a lower-case start, a date or
   * six words or more. A saved page's pointer that holds a link is furniture all the same (the HTML importer's rule).
   */
  public static boolean pointerSentence(String text) {
    if (!POINTER.matcher(text).matches() || !text.endsWith(".")) {
      return false;
    }
    String rest = text.substring(text.indexOf(':') + 1).strip();
    return !rest.isEmpty() && (Character.isLowerCase(rest.codePointAt(0)) || WHEN.matcher(rest).find()
        || rest.split("\\s+").length >= SENTENCE_WORDS);
  }

  /** Why the line is boilerplate, or empty when it is not. */
  public static Optional<String> reason(String line) {
    String text = line.strip();
    if (isCopyright(text)) {
      // "© Kai Moe/AFP" credits a photo, whose agency is no source of the story's text
      return Optional.of(PhotoCredits.parse(text).filter(c -> c.text().isEmpty()).isPresent() ? "a photo's credit with no caption above it" : "copyright notice");
    }
    if (PAGE.matcher(text).matches() && !pointerSentence(text)) {
      return Optional.of("web page furniture");
    }
    if (VERSION_NOTE.matcher(text).matches()) {
      return Optional.of("agency's version note for editors");
    }
    if (text.matches("(?i)^(?:ends|-+\\s*30\\s*-+|#{3}|\\(ends\\)|\\[ends\\]|-+\\s*ends\\s*-+"
        + "|(?:(?:press|news|media)\\s+)?release\\s+ends|ends?\\s+of\\s+(?:(?:press|news|media)\\s+)?release)\\.?$")) {
      return Optional.of("end-of-story marker");
    }
    // a release's label alone on its line, wherever it stands, in a press office's own forms only; over the headline
    // the importer reads more of them (LineBreaks.releaseLabel), with a date after them
    if (LABEL.matcher(text).matches()) {
      return Optional.of(LineBreaks.labelReason(text));
    }
    return Optional.empty();
  }

  private static boolean isCopyright(String text) {
    if (text.length() > 400 || Sentences.words(text) > MAX_COPYRIGHT_WORDS) {
      return false;
    }
    if (COPYRIGHT_MARK.matcher(text).matches() || RIGHTS_RESERVED.matcher(text).matches()) {
      return true;
    }
    Matcher holder = COPYRIGHT_HOLDER.matcher(text);
    return holder.matches() && Organisations.lookup(holder.group("holder")).isPresent();
  }
}
