package org.briefing.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.StoryDraft;

/**
 * A press release's notes under its "Notes to editors" heading, after the story: what follows the
 * heading is notes only where it looks like them (numbered or bulleted notes, contact lines, "ENDS",
 * the notes' own sub-headings: "About &lt;organisation&gt;", "Methodology", "Interview opportunities",
 * "Images", "Media contacts" ...), or where the story's text has ended before the heading ("ENDS",
 * "-ends-", "###"). A story's own subheading "Notes to editors" (a media column, a story quoting a
 * release) has prose under it: with no sign of a release's notes it is all kept, and in doubt a
 * paragraph is kept and reported as unsure. A question heading, or a heading of the story's own,
 * ends the notes. Both importers read the parts after the heading and follow the {@link Plan}.
 */
public final class NotesSection {
  /** What a part after the heading is, as its importer reads it. */
  public enum Kind {
    /** A line or element that stands as a heading. */
    HEADING,
    /** A list, or a table: notes' form. */
    ITEMS,
    /** A paragraph. */
    TEXT
  }

  /** One block, element or line after the heading. */
  public record Part(Kind kind, String text) {}

  /** What becomes of a part under the heading. */
  public enum Verdict {
    /** Left out and named in the report. */
    NOTES,
    /** Kept, and reported as unsure: the editor decides. */
    UNSURE,
    /** Kept: the heading is the story's own. */
    KEPT
  }

  /**
   * What to do with the heading and with each part of its section; the section ends before the part
   * {@code verdicts.size()} (a question, a heading of the story's own, the end of the copy).
   */
  public record Plan(boolean headingIsNotes, List<Verdict> verdicts) {
    public Plan {
      verdicts = List.copyOf(verdicts);
    }
  }

  private static final String OPEN = "^[(\\[]?\\s*";
  private static final Pattern HEADING = Pattern.compile(OPEN + "notes?\\s+to\\s+(?:the\\s+)?editors?[\\s.:)\\]]*",
      Pattern.CASE_INSENSITIVE);
  /** The marks that end a release's story: the notes come after them. */
  private static final Pattern STORY_END = Pattern.compile("(?i)[-–—\\s(\\[]*(?:ends?|#{3})[-–—\\s)\\]]*");
  /** Sub-headings that only a release's notes have: they show the heading is a release's. */
  private static final Pattern OWN_SUBHEADING = Pattern.compile("(?i)(?:methodology|method|notes?|interview\\s+(?:opportunities|requests?)"
      + "|spokespe(?:ople|rsons?)(?:\\s+available)?|(?:media|press)\\s+(?:contacts?|enquiries|inquiries|office|information)"
      + "|contacts?|for\\s+(?:more|further)\\s+information(?:\\s+(?:contact|please\\s+contact))?|editors?['’]?\\s+notes?)[\\s.:]*");
  /** Contact sub-headings: the short lines under them are names, roles and numbers, not headings. */
  private static final Pattern CONTACT_SUBHEADING = Pattern.compile("(?i)(?:(?:media|press)\\s+(?:contacts?|enquiries|inquiries|office)"
      + "|contacts?|for\\s+(?:more|further)\\s+information.*)[\\s.:]*");
  /**
   * Sub-headings of a release's notes that a story may have too ("Background", "About Holm
   * Council"): notes only under a heading shown to be a release's.
   */
  private static final Pattern SHARED_SUBHEADING = Pattern.compile("(?:(?i:about)\\s+(?:(?i:the)\\s+)?\\p{Lu}.*"
      + "|(?i:background|images|photos|photographs|photography|pictures|multimedia|video|b-roll|social\\s+media|case\\s+studies"
      + "|key\\s+facts|about\\s+us))[\\s.:]*");
  /** An "About &lt;Name&gt;" sub-heading: the release's word on its organisation. */
  private static final Pattern ABOUT_SUBHEADING = Pattern.compile("(?i:about)\\s+(?:(?i:the)\\s+)?\\p{Lu}.*");
  /**
   * Words only a release's notes write in prose: "available on request", "For further information",
   * a survey's method ("a survey of 2,012 adults", "fieldwork", "weighted to be representative").
   */
  private static final Pattern NOTES_WORDS = Pattern.compile("(?i)\\bavailable\\s+(?:up)?on\\s+request\\b|\\bfor\\s+further\\s+information\\b"
      + "|\\b(?:survey|poll|questionnaire)\\s+of\\s+\\d[\\d,]*\\s+\\p{L}|\\bfieldwork\\b|\\bweighted\\s+to\\s+be\\s+(?:nationally\\s+)?representative\\b");
  /** A line that is only an organisation's web address: "www.holmlibrarytrust.org.uk", "https://holm.gov.uk/trust". */
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)[\\w-]+(?:\\.[\\w-]+)+(?:/\\S*)?"
      + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:org|com|net|gov|ac|co|int|eu)(?:\\.[a-z]{2})?(?:/\\S*)?");
  private static final Pattern ITEM = Pattern.compile("^(?:[-*•·▪‣◦–—]|\\d{1,3}[.)]|[a-z][.)])\\s+\\S.*");
  private static final Pattern CONTACT = Pattern.compile("(?i)^(?:contacts?|tel|telephone|phone|mobile|e-?mail|press\\s+office"
      + "|(?:media|press)\\s+(?:contacts?|enquiries|inquiries)|for\\s+(?:more|further)\\s+information)\\b.*"
      + "|.*\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b.*");
  /** A telephone number: nine digits or more, spaced or not ("0800 000 000", "+44 20 7946 0000"). */
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s()-]{7,}\\d");
  /** A contact is a line, not a paragraph of prose. */
  private static final int MAX_CONTACT_WORDS = 30;
  /** The short lines under a contact heading: a name, a role, a number. */
  private static final int MAX_CONTACT_LINE_WORDS = 6;

  private NotesSection() {}

  /** Whether {@code text} is a "Notes to editors" heading, alone on its line. */
  public static boolean heading(String text) {
    return HEADING.matcher(text.strip()).matches();
  }

  /** Whether {@code text} ends a release's story ("ENDS", "-ends-", "###"): notes come after it. */
  public static boolean endsStory(String text) {
    return STORY_END.matcher(text.strip()).matches() && !text.isBlank();
  }

  /** Whether a paragraph stands as a heading: a short line without final punctuation, or a short question. */
  public static boolean headingLike(String text) {
    String t = text.strip();
    int words = Sentences.words(t);
    return !t.isEmpty() && words <= 12 && t.length() <= 90 && !ITEM.matcher(t).matches() && !t.contains(":")
        && (!Sentences.endsWithPunctuation(t) || t.endsWith("?")) && !Character.isLowerCase(t.codePointAt(0));
  }

  /**
   * The plan for a "Notes to editors" heading's section.
   *
   * @param parts what follows the heading, to the end of the copy (or of the element that holds it)
   * @param storyEnded whether an "ENDS", "-ends-" or "###" stands before the heading
   */
  public static Plan plan(List<Part> parts, boolean storyEnded) {
    int end = end(parts);
    List<Part> section = parts.subList(0, end);
    // prose that only a release's notes write makes every part a note, the paragraphs with no sign of their own too
    boolean notesInProse = section.stream().anyMatch(NotesSection::notesInProse);
    boolean release = storyEnded || notesInProse || section.stream().anyMatch(NotesSection::showsARelease);
    List<Verdict> verdicts = new ArrayList<>();
    if (!release) {
      section.forEach(p -> verdicts.add(Verdict.KEPT));
      return new Plan(section.isEmpty(), verdicts);
    }
    boolean underSubheading = false;
    for (Part part : section) {
      if (subheading(part)) {
        underSubheading = true;
        verdicts.add(Verdict.NOTES);
      } else if (part.kind() == Kind.ITEMS || noteLike(part.text()) || underSubheading || storyEnded || notesInProse) {
        verdicts.add(Verdict.NOTES);
      } else {
        verdicts.add(Verdict.UNSURE);
      }
    }
    return new Plan(true, verdicts);
  }

  /** Where the section ends: at a question, or at a heading that is neither the notes' own nor a contact's line. */
  private static int end(List<Part> parts) {
    boolean underContacts = false;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      String text = part.text().strip();
      boolean asHeading = part.kind() == Kind.HEADING || part.kind() == Kind.TEXT && headingLike(text);
      if (!asHeading || endsStory(text) || heading(text)) {
        continue;
      }
      if (text.endsWith("?")) {
        return i;
      }
      if (subheading(part)) {
        underContacts = CONTACT_SUBHEADING.matcher(text).matches();
      } else if (!(underContacts && Sentences.words(text) <= MAX_CONTACT_LINE_WORDS || noteLike(text) || notesInProse(part))) {
        return i;
      }
    }
    return parts.size();
  }

  private static boolean subheading(Part part) {
    String text = part.text().strip();
    return part.kind() != Kind.ITEMS && (part.kind() == Kind.HEADING || headingLike(text))
        && (OWN_SUBHEADING.matcher(text).matches() || SHARED_SUBHEADING.matcher(text).matches() || heading(text));
  }

  /** A numbered or bulleted list, a note's item, a contact line, "ENDS", one of the notes' own sub-headings. */
  private static boolean showsARelease(Part part) {
    String text = part.text().strip();
    return part.kind() == Kind.ITEMS || noteLike(text)
        || (part.kind() == Kind.HEADING || headingLike(text)) && OWN_SUBHEADING.matcher(text).matches();
  }

  /**
   * A sign that a section in prose is a release's notes: an "About &lt;Name&gt;", "Methodology",
   * "Method", "Notes" or "For further information" sub-heading, "available on request", a survey's
   * method, or a line that is only a web address. A column's prose that merely mentions these words
   * ("About a third of ...", "at www.holm.gov.uk/news among others") is none.
   */
  private static boolean notesInProse(Part part) {
    String text = part.text().strip();
    boolean asHeading = part.kind() == Kind.HEADING || headingLike(text);
    return part.kind() != Kind.ITEMS && (asHeading && (ABOUT_SUBHEADING.matcher(text).matches()
        || text.matches("(?i)(?:methodology|method|notes?|for\\s+further\\s+information)[\\s.:]*"))
        || NOTES_WORDS.matcher(text).find() || WEB_ADDRESS.matcher(text).matches());
  }

  private static boolean noteLike(String text) {
    String t = text.strip();
    return ITEM.matcher(t).matches() || endsStory(t)
        || Sentences.words(t) <= MAX_CONTACT_WORDS && (CONTACT.matcher(t).matches() || PHONE.matcher(t).results()
            .anyMatch(m -> m.group().replaceAll("\\D", "").length() >= 9));
  }

  /** Leaves out a part of a release's notes, naming it in the report. */
  public static void leaveOut(StoryDraft story, List<Integer> lines, String text) {
    story.note(ReportEntry.dropped(lines, text, "the press release's notes to editors (under its 'Notes to editors' heading), not for readers"));
  }

  /** Reports a kept "Notes to editors" heading, or a paragraph under a release's notes that may be the story's. */
  public static void reportKept(StoryDraft story, int line, boolean heading) {
    story.note(ReportEntry.unsure(line, heading
        ? "a 'Notes to editors' heading with the story's prose under it (no ENDS before it, no numbered notes, contacts or"
            + " notes' sub-headings): kept with what follows as the story's; if it is a press release's notes, delete them"
        : "a paragraph under a press release's 'Notes to editors' heading that reads as the story's: kept; if it is a note,"
            + " delete it"));
  }
}
