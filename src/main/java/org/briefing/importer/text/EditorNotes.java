package org.briefing.importer.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.StoryDraft;

/**
 * Lines an agency writes for the editors who receive its copy, never for readers: a note to
 * editors ("NOTE TO EDITORS: …", AP's "Eds: UPDATES with …", "ATTN EDITORS") and an embargo
 * ("EMBARGOED UNTIL 0001 GMT OCT 22", "HOLD FOR RELEASE …"). Only the wires' forms count: the
 * label in capitals, or followed by a colon in a short line, and an embargo that names its time;
 * a story's own sentence may open with the same words ("Notes to editors of the state paper told
 * them …", an interviewer's "Ed: We asked …", a subheading "Embargo until further notice"). An
 * "Editor's note:" is not one: it is written for readers (a correction, a word on how the story
 * was reported). The plain-text and the HTML importers both leave them out through {@link #leaveOut}.
 */
public final class EditorNotes {
  /** What sort of line it is. */
  enum Kind {
    NOTE,
    EMBARGO
  }

  private static final String OPEN = "^[(\\[]?\\s*";
  private static final Pattern NOTE_IN_CAPITALS = Pattern.compile(OPEN
      + "(?:NOTES?\\s+TO\\s+(?:THE\\s+)?EDITORS?|ATT(?:N\\.?|ENTION)\\s*:?\\s*(?:EDITORS?|EDS)|EDS\\s*:|EDS\\.?\\s+NOTE)\\b.*");
  /**
   * The label followed by a colon, or alone on its line as a heading ("Notes to editors"). "Eds:"
   * but not "Ed:", which may be an interviewer's name in a transcript.
   */
  private static final Pattern NOTE_WITH_COLON = Pattern.compile(OPEN
      + "(?:(?:notes?\\s+to\\s+(?:the\\s+)?editors?|att(?:n\\.?|ention)\\s*:?\\s*(?:editors?|eds)|eds\\.?(?:\\s+note)?)\\s*:.*"
      + "|attn\\.?\\s*:\\s*(?:editors?|eds)\\b.*|(?:notes?\\s+to\\s+(?:the\\s+)?editors?|att(?:n\\.?|ention)\\s+editors)[\\s.)\\]]*)",
      Pattern.CASE_INSENSITIVE);
  /**
   * A speech's note to reporters that the words spoken may differ from the text, on a line of its own:
   * "Check against delivery", German "Es gilt das gesprochene Wort", French "Seul le prononcé fait foi".
   */
  private static final Pattern SPEECH_NOTE = Pattern.compile(OPEN + "(?:(?:please\\s+)?check\\s+against\\s+delivery"
      + "|es\\s+gilt\\s+das\\s+gesprochene\\s+wort|seul\\s+le\\s+prononc[ée]\\s+fait\\s+foi)[\\s.!)\\]]*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The word of an embargo anywhere in a note to editors; a false draft is the safe mistake there. */
  private static final Pattern EMBARGO_WORD = Pattern.compile("\\b(?:embargo(?:ed)?|hold\\s+for\\s+release|sperrfrist)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A note with a colon is a line, not a paragraph: a longer one that opens so is the story's. */
  private static final int MAX_NOTE_WORDS = 30;

  /** What an embargo forbids: "publication", "publication or broadcast", "broadcast/online use". */
  private static final String MEDIA = "(?:publi\\w*|broadcast\\w*|release\\w*|use)(?:\\s*(?:,|/|or|and)\\s*(?:publi\\w*|broadcast\\w*|release\\w*|online|use))*";
  /**
   * The embargo's own words between its label and its moment: "EMBARGOED: NOT FOR PUBLICATION
   * BEFORE 00:01 BST", "EMBARGO – STRICTLY NOT FOR PUBLICATION UNTIL 00:01 HRS".
   */
  private static final Pattern EMBARGO_WORDS = Pattern.compile("^[\\s:\\-–—]*(?:strictly\\s+)?(?:not\\s+(?:to\\s+be\\s+)?(?:for\\s+)?"
      + MEDIA + "\\s+(?:before|until|till)\\b\\s*:?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMBARGO_IN_CAPITALS = Pattern.compile(OPEN
      + "(?:(?:STRICTLY\\s+)?(?:EMBARGOED|UNDER\\s+(?:STRICT\\s+)?EMBARGO)\\s*(?:UNTIL|TILL|TO|FOR\\s+RELEASE|:|-|–|—)?|EMBARGO\\s*(?::|-|–|—|UNTIL|TILL|(?=\\d{1,2}[:.]\\d\\d|\\d{4}\\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|HRS|H)\\b))"
      + "|HOLD\\s+FOR\\s+RELEASE|(?:STRICTLY\\s+)?NOT\\s+FOR\\s+(?:PUBLICATION|RELEASE|BROADCAST|USE)\\b.{0,40}?\\b(?:BEFORE|UNTIL))(?![A-Za-z])");
  /**
   * A speech's moment in capitals after the label: "EMBARGOED UNTIL THE CHANCELLOR SITS DOWN", "… UNTIL
   * THE END OF THE MINISTER'S STATEMENT", "… UNTIL AFTER THE PRIME MINISTER'S SPEECH"; words only, no
   * colon, dash or figure, which a headline in capitals ("EMBARGOED UNTIL THE END: HOW THE BAN FAILED") has.
   */
  private static final Pattern UNTIL_A_MOMENT_IN_CAPITALS = Pattern.compile(OPEN
      + "(?:STRICTLY\\s+)?EMBARGO(?:ED)?\\s+(?:UNTIL|TILL)\\s+(?:AFTER\\s+(?:THE\\s+)?|THE\\s+)[A-Z][A-Z'’]*(?:\\s+[A-Z][A-Z'’]*){0,12}[\\s.)\\]]*");
  /** The label followed by a colon, or by a dash between spaces ("Embargo – 00:01 BST"). */
  private static final Pattern EMBARGO_WITH_COLON = Pattern.compile(OPEN
      + "(?:(?:strictly\\s+)?(?:embargo(?:ed)?|under\\s+(?:strict\\s+)?embargo)(?:\\s+for\\s+release)?(?:\\s+(?:until|till|to))?|hold\\s+for\\s+release"
      // a release's field: "Embargo date and time:", "Embargo date:", "Embargo time:"
      + "|embargo\\s+(?:date|time)(?:\\s+(?:and|&)\\s+(?:date|time))?"
      + "|(?:strictly\\s+)?not\\s+for\\s+" + MEDIA + "(?:\\s+(?:before|until))?)(?:\\s*:|\\s+[-–—](?=\\s))", Pattern.CASE_INSENSITIVE);
  /**
   * "Embargoed until 00:01 BST", as press offices write it, AP's "FOR RELEASE 6 P.M. ET" and "FOR
   * USE 0001 GMT", dpa's German "Sperrfrist: 8. Dezember, 00:01 Uhr" and French "Sous embargo
   * jusqu'au 8 décembre, 0 h 01": nothing but a time may follow.
   */
  private static final Pattern EMBARGO_BEFORE_A_TIME = Pattern.compile(OPEN
      // the French first: the English "Embargo" would end the match before its "jusqu'au"
      + "(?:(?:sous\\s+)?embargo\\s+jusqu['’](?:au|à|a)"
      + "|(?:strictly\\s+)?(?:embargo(?:ed)?|under\\s+(?:strict\\s+)?embargo)(?:\\s+for\\s+release)?(?:\\s+(?:until|till|to|at|for))?"
      + "|(?:hold\\s+)?for\\s+(?:release|use)(?:\\s+(?:until|till|at|on|after|from))?"
      + "|(?:strictly\\s+)?not\\s+(?:for|to\\s+be)\\s+" + MEDIA + "\\s+(?:before|until)"
      + "|please\\s+(?:do\\s+not|don['’]t)\\s+" + MEDIA + "\\s+(?:before|until)"
      + "|(?:achtung\\s*:?\\s*)?sperrfrist(?:\\s+beachten)?(?:\\s+bis)?\\s*:?)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A press office's "Embargo lifts at 00:01 BST Tuesday 19 October": only with a clock time, as a
   * subheading "Embargo ends at midnight" may be the story's.
   */
  private static final Pattern EMBARGO_LIFTS = Pattern.compile(OPEN + "embargo\\s+(?:lifts|ends|expires)(?:\\s+(?:at|on))?\\s",
      Pattern.CASE_INSENSITIVE);
  /** A clock time: "00:01", "10.30am", "0h01", "6pm", "6 p.m." is read with its next word. */
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d\\d\\S*|\\d{1,2}h\\d\\d|\\d{1,2}(?i:am|pm|a\\.m\\.|p\\.m\\.)|\\d{4}");
  /**
   * What may follow the moment: the embargo's own words ("– not for broadcast before this time",
   * "NOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME").
   */
  private static final Pattern TAIL = Pattern.compile("\\s*[-–—.,;]?\\s*(?:not\\s+(?:to\\s+be\\s+)?(?:for\\s+)?(?:broadcast|publi\\w*|release\\w*|use\\w*)\\b"
      + "[\\w\\s,]{0,40}?\\b(?:before|until)\\s+(?:this|that)\\s+(?:time|hour|date)|please\\s+respect\\s+(?:the|this)\\s+embargo|check\\s+against\\s+delivery)\\W*$",
      Pattern.CASE_INSENSITIVE);
  /**
   * An embargo's label alone on its line, its moment wrapped onto the next ("EMBARGOED UNTIL" over
   * "00:01 BST TUESDAY 19 OCTOBER 2021", "Embargoed until:", "NOT FOR PUBLICATION BEFORE"); the bare
   * noun "Embargo" only in capitals or with a colon, as a subheading "Embargo" may be the story's.
   */
  private static final Pattern LABEL_ALONE = Pattern.compile(OPEN + "(?:(?:strictly\\s+)?(?:embargoed|under\\s+(?:strict\\s+)?embargo)"
      + "(?:\\s+for\\s+release)?(?:\\s+(?:until|till|to))?\\s*[:\\-–—]?|embargo(?:\\s+(?:until|till)\\s*[:\\-–—]?|\\s*[:\\-–—])|(?-i:EMBARGO)"
      + "|hold\\s+for\\s+release\\s+(?:until|at)\\s*:?|(?:strictly\\s+)?not\\s+for\\s+" + MEDIA + "\\s+(?:before|until)\\s*:?)\\s*",
      Pattern.CASE_INSENSITIVE);
  /**
   * The media a press office writes its note for, by country or reach ("all UK media"); another
   * country's ("The embargo applies to all Russian media.") is a sanctions story's sentence.
   */
  private static final String HOME = "(?:uk|u\\.k\\.|british|irish|scottish|welsh|northern\\s+irish|us|u\\.s\\.|national|regional|local)";
  /** What an embargo's note names it applies to: "print, broadcast and online", "all media", "all platforms". */
  private static final String OUTLET = "(?:all\\s+)?(?:" + HOME + "\\s+)?(?:print|broadcast|online|web(?:sites?)?|digital|social\\s+media|radio|tv"
      + "|television|media|platforms|outlets|publications?|newspapers)";
  /** The embargo's moment as its note names it: "this time", "this date and time", "the embargo time", "the embargoed hour". */
  private static final String WHEN = "(?:time|hour|date)(?:\\s+(?:and|&)\\s+(?:time|hour|date))?";
  /** Where the note points back to the embargo over it: "the embargo time stated above", "the embargo above". */
  private static final String ABOVE = "(?:\\s+(?:(?:stated|shown|given|set\\s+out|specified)\\s+)?above)?";
  private static final String THIS_MOMENT = "(?:(?:this|that|the\\s+embargo(?:ed)?)\\s+" + WHEN + "|the\\s+embargo)" + ABOVE;
  /** Outlets in a list, "media" after the last of them once: "print, broadcast and online media". */
  private static final String OUTLETS = OUTLET + "(?:\\s*(?:,|/|&|and|or)\\s*(?:and\\s+)?" + OUTLET + ")*(?:\\s+media)?";
  /** The outlets a note's moment or its embargo holds for too: ", including online and social media". */
  private static final String INCLUDING = "(?:\\s*,?\\s*including\\s+" + OUTLETS + ")?";
  /** What editors are asked to do with the embargo: "adhere to", "note", "observe", "respect", "honour", "abide by", "keep to". */
  private static final String HEED = "(?:(?:please|kindly)\\s+)?(?:respect|observe|honou?r|note|adhere\\s+to|abide\\s+by|keep\\s+to|stick\\s+to)";
  /**
   * The embargo's own note on the line under it: "NOT FOR PUBLICATION OR BROADCAST BEFORE THIS TIME",
   * "... BEFORE THIS DATE AND TIME", "Please do not publish, broadcast or post online before this time
   * and date.", "(Embargo applies to print, broadcast and online)", "This embargo applies to all media,
   * including online and social media", "Please respect the embargo", "Please observe the embargo
   * time", "Check against delivery". A story's "The embargo applies to oil and gas" or "Please do not
   * feed the swans" names no outlet and no "this time"; "Please observe the embargo on arms sales" goes
   * on after the embargo.
   */
  private static final Pattern OWN_NOTE = Pattern.compile(OPEN + "(?:(?:strictly\\s+)?not\\s+(?:to\\s+be\\s+)?(?:for\\s+)?"
      + "(?:broadcast|publi\\w*|release\\w*|use\\w*)\\b[\\w\\s,/]{0,50}?\\b(?:before|until)\\s+" + THIS_MOMENT + INCLUDING
      + "|please\\s+(?:do\\s+not|don['’]t)\\s+(?:publish|broadcast|post|use|release|report)\\b[\\w\\s,/]{0,50}?\\b(?:before|until)\\s+"
      + THIS_MOMENT + INCLUDING
      + "|" + HEED + "\\s+(?:the|this)\\s+embargo(?:\\s+" + WHEN + ")?(?:\\s+on\\s+this\\s+(?:(?:press|news|media)\\s+)?(?:release|announcement|statement))?"
      + ABOVE
      + "|check\\s+against\\s+delivery"
      + "|(?:the\\s+|this\\s+)?embargo\\s+applies\\s+to\\s+" + OUTLETS + INCLUDING + ")[\\s.!)\\]]*",
      Pattern.CASE_INSENSITIVE);
  /** An embargo is a line, not a paragraph: a longer text that opens so ("Embargoed until 1990, the files …") is the story's. */
  private static final int MAX_EMBARGO_WORDS = 16;

  /** Days and months in English, and in dpa's German and French lines. */
  private static final String DAYS = "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
      + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
  private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
      + "|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre";
  private static final String ZONES = "GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|IST|JST"
      + "|AEST|AEDT|HKT|SGT|MSK|MEZ|MESZ";
  /** A word that names the moment within a day: "00:01", "6pm", "0h01", "p.m.", a zone, noon, midnight. */
  private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}[:.]\\d\\d\\S*|\\d{1,2}h\\d\\d|\\d{1,2}(?i:am|pm|a\\.m\\.|p\\.m\\.|h|hrs)"
      + "|(?i:a\\.?m\\.?|p\\.?m\\.?|noon|midday|midnight|delivery)\\.?|(?:" + ZONES + ")\\.?");
  /** German and French hours after a number ("18 Uhr", "6 heures", "0 h 01"): a time of day with it, alone no time. */
  private static final Pattern HOUR_WORD = Pattern.compile("(?iu:uhr|heures?|h|hrs)\\.?");
  /** A word that names a time or a date: a number, a day, a month, a time zone, noon or midnight. */
  private static final Pattern TIME_WORD = Pattern.compile("\\d.*|(?iu:" + DAYS + "|" + MONTHS
      + "|noon|midday|midnight|delivery|a\\.?m|p\\.?m|hrs|hours|uhr|heures?|h|local|today|tonight|tomorrow|heute|morgen)\\.?|(?:" + ZONES + ")\\.?");
  /**
   * A word of a time that a year or a version number is not: "00:01", "10.30am", "6", "p.m.", a
   * zone, a day, a month, noon, midnight, "today", "tomorrow" ("Embargo to 2025" and "Embargo 2.0"
   * are headlines). A day or a date alone will do after every label, the noun "Embargo" too: a
   * report is released on a day ("Embargo: Tuesday 19 October"), and a key-facts box's trade embargo
   * start ("Embargo: 5 December 2022") reads the same; its false draft is the safe mistake.
   */
  private static final Pattern TIME_OF_DAY_OR_DATE = Pattern.compile(TIME_OF_DAY.pattern()
      // a date in figures: "08/12/2026", "8/12/26", "2026-12-08"
      + "|\\d{1,2}/\\d{1,2}/(?:\\d{2}|\\d{4})|\\d{4}-\\d{2}-\\d{2}"
      + "|(?iu:" + DAYS + "|" + MONTHS + "|today|tonight|tomorrow|heute|morgen)\\.?");
  /**
   * Words that may stand between the words of a time: "00:01 on Tuesday 19 October", "6 p.m.
   * Eastern", "until after 00:01", German "am", "um", "(Ortszeit)", French "le", "à", "(heure de Paris)"; "noon at the latest" is not one.
   */
  /** A place's or a zone's name and "time": "Geneva time", "SYDNEY TIME", "Central European Summer Time". */
  private static final Pattern ZONE_NAME = Pattern.compile("\\b(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}(?i:time)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern TIME_FILLER = Pattern.compile("(?iu:on|at|the|of|time|and|after|uk|us|london|new|york|brussels|paris|local"
      + "|eastern|central|mountain|pacific|atlantic|am|um|le|du|à|heure|de|ortszeit)");

  private EditorNotes() {}

  /**
   * Leaves a note to editors or an embargo out of the story, naming it in the report with its
   * text, when {@code opening} (its first line; a paragraph's whole text) is one. Embargoed copy is
   * written as a draft, which no build publishes: the embargo's time is written in too many ways to
   * be read as the story's date, and the editor decides when it ends.
   *
   * @param lines the input lines of {@code text}, the first one first
   * @param text all the text left out: the note and the lines that go on with it
   * @return whether it was left out
   */
  public static boolean leaveOut(StoryDraft story, List<Integer> lines, String opening, String text) {
    Optional<Kind> kind = of(opening);
    if (kind.isEmpty()) {
      return false;
    }
    // a note that holds an embargo ("Eds: EMBARGOED until 12:01 a.m. EDT Tuesday") holds the copy back as the embargo does
    if (kind.get() == Kind.NOTE && !EMBARGO_WORD.matcher(text).find()) {
      story.note(ReportEntry.dropped(lines, text, "the agency's note to editors, not for readers"));
      return true;
    }
    story.note(ReportEntry.dropped(lines, text, "the agency's embargo, not for readers"));
    if (story.embargo().isEmpty()) {
      story.embargo(text);
      story.note(ReportEntry.inferred("draft", lines.isEmpty() ? 0 : lines.get(0), List.of("true"), "the copy is embargoed: written"
          + " as a draft, which no build publishes; delete 'draft: true' once the embargo has passed"));
    }
    return true;
  }

  /** Whether the line {@code text} is a note to editors or an embargo, left out by {@link #leaveOut}. */
  public static boolean isNoteOrEmbargo(String text) {
    return of(text).isPresent();
  }

  /**
   * Whether the line {@code text} holds the copy back: an embargo, or a note to editors with an embargo's word in it
   * ("NOTE TO EDITORS: EMBARGOED UNTIL ..."). The embargo's own note may stand under either.
   */
  public static boolean holdsBack(String text) {
    return of(text).filter(k -> k == Kind.EMBARGO || EMBARGO_WORD.matcher(text).find()).isPresent();
  }

  /** Whether the line {@code text} is an embargo (a press office's page may write one under its header's first line). */
  public static boolean isEmbargo(String text) {
    return of(text).filter(k -> k == Kind.EMBARGO).isPresent();
  }

  /**
   * The embargo that {@code first} and {@code next} make together when {@code first} is its label alone
   * and {@code next} its moment ("EMBARGOED UNTIL" over "00:01 BST TUESDAY 19 OCTOBER 2021"), as a
   * press office wraps it; empty when they make none ("Embargoed until" over "the talks end, …").
   */
  public static Optional<String> wrappedEmbargo(String first, String next) {
    String joined = first.strip() + " " + next.strip();
    return LABEL_ALONE.matcher(first.strip()).matches() && !next.isBlank() && isEmbargo(joined) ? Optional.of(joined) : Optional.empty();
  }

  /** Whether the line {@code text}, under an embargo, is the embargo's own note ("NOT FOR PUBLICATION BEFORE THIS TIME"). */
  /** Whether {@code word} names a time or a date: a number, a day, a month, a zone ("8", "December", "GMT"). */
  static boolean isTimeWord(String word) {
    return TIME_WORD.matcher(word).matches();
  }

  /** Whether {@code text} is an embargo until a speech's moment in capitals ("EMBARGOED UNTIL THE CHANCELLOR SITS DOWN"). */
  static boolean untilAMomentInCapitals(String text) {
    return UNTIL_A_MOMENT_IN_CAPITALS.matcher(text.strip()).matches();
  }

  /** Whether {@code text} is only an embargo's moment ("8 December 2026", "Tuesday 00:01 GMT"). */
  static boolean isMoment(String text) {
    return aMoment(text);
  }

  public static boolean isEmbargosOwnNote(String text) {
    return OWN_NOTE.matcher(text.strip()).matches();
  }

  /** The sort of note {@code text} opens with, or empty when it is the story's. */
  static Optional<Kind> of(String text) {
    String line = text.strip();
    if (NOTE_IN_CAPITALS.matcher(line).matches() || SPEECH_NOTE.matcher(line).matches()
        || NOTE_WITH_COLON.matcher(line).matches() && Sentences.words(line) <= MAX_NOTE_WORDS) {
      return Optional.of(Kind.NOTE);
    }
    if (Sentences.words(line) <= MAX_EMBARGO_WORDS && embargo(line)) {
      return Optional.of(Kind.EMBARGO);
    }
    return Optional.empty();
  }

  private static boolean embargo(String line) {
    if (UNTIL_A_MOMENT_IN_CAPITALS.matcher(line).matches()) {
      return true;
    }
    Matcher capitals = EMBARGO_IN_CAPITALS.matcher(line);
    if (capitals.lookingAt()) {
      String rest = afterTheEmbargosWords(line.substring(capitals.end())).replaceFirst("^\\s*(?:UNTIL|TILL|AT|ON|FOR)\\s", " ");
      // the wire's hold without a time: the release is announced later
      return aMoment(rest) || opensWithAClock(rest) || untilDelivery(rest)
          || rest.matches("[\\s.:)\\]]*") && capitals.group().contains("HOLD") || rest.matches("\\W*(?:UNTIL\\s+)?FURTHER\\s+NOTICE\\W*");
    }
    Matcher colon = EMBARGO_WITH_COLON.matcher(line);
    if (colon.lookingAt()) {
      String rest = afterTheEmbargosWords(line.substring(colon.end()));
      return aMoment(rest) || untilDelivery(rest);
    }
    Matcher lifts = EMBARGO_LIFTS.matcher(line);
    if (lifts.lookingAt()) {
      String rest = line.substring(lifts.end());
      return aMoment(rest) && Arrays.stream(words(rest)).anyMatch(w -> CLOCK.matcher(w).matches());
    }
    Matcher plain = EMBARGO_BEFORE_A_TIME.matcher(line);
    return plain.lookingAt() && aMoment(afterTheEmbargosWords(line.substring(plain.end())));
  }

  /** "EMBARGOED – CHECK AGAINST DELIVERY", "Embargo: check against delivery": a speech's text, held until it is given. */
  private static boolean untilDelivery(String rest) {
    return SPEECH_NOTE.matcher(rest.replaceFirst("^[\\s:\\-–—]+", "")).matches();
  }

  /** What follows a label without the embargo's own words ("NOT FOR PUBLICATION BEFORE", "STRICTLY"). */
  private static String afterTheEmbargosWords(String rest) {
    return " " + rest.substring(EMBARGO_WORDS.matcher(rest).results().findFirst().map(m -> m.end()).orElse(0));
  }

  /**
   * What follows an embargo's label is a moment: only the words of a time or a date, with at least
   * one that names a time of day or a date ("00:01 BST, Tuesday 19 October"), and then at most the
   * embargo's own words ("– not for broadcast before this time"). A headline that only mentions a
   * time among other words ("Embargo: midnight deadline passes", "EMBARGO: 60 YEARS ON", "Embargo –
   * PM defends oil ban") is not one.
   */
  private static boolean aMoment(String text) {
    Matcher tail = TAIL.matcher(text);
    return onlyATime(tail.find() ? text.substring(0, tail.start()) : text);
  }

  /**
   * The wire's line in capitals may go on after its moment ("EMBARGOED UNTIL 0001 GMT OCT 20 ..."),
   * when the moment opens it and holds a clock time or a zone: "EMBARGO: 60 YEARS ON" and "EMBARGO:
   * MIDNIGHT DEADLINE PASSES" hold neither.
   */
  private static boolean opensWithAClock(String text) {
    String[] words = words(text);
    for (String word : words) {
      if (CLOCK.matcher(word).matches() && !word.matches("\\d{4}") || word.matches("(?:" + ZONES + ")\\.?")) {
        return true;
      }
      if (!TIME_WORD.matcher(word).matches() && !TIME_FILLER.matcher(word).matches()) {
        return false;
      }
    }
    return false;
  }

  private static boolean onlyATime(String text) {
    String[] words = words(text);
    for (String word : words) {
      if (!TIME_WORD.matcher(word).matches() && !TIME_FILLER.matcher(word).matches()) {
        return false;
      }
    }
    for (int i = 0; i < words.length; i++) {
      if (TIME_OF_DAY_OR_DATE.matcher(words[i]).matches()
          || i > 0 && HOUR_WORD.matcher(words[i]).matches() && words[i - 1].matches("\\d{1,2}")) {
        return true;
      }
    }
    return false;
  }

  private static String[] words(String text) {
    // a city's or a zone's name before "time" ("10:00 Geneva time", "Central European Summer Time") is a zone, no time of day
    String t = ZONE_NAME.matcher(text).replaceAll(" local ").replaceAll("(?:[\\s,;()\\[\\]–—]|(?<!\\d)/|/(?!\\d))+", " ").strip();
    return t.isEmpty() ? new String[0] : t.split(" ");
  }
}
