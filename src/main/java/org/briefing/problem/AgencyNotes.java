package org.briefing.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What agencies write at the end of a photo's caption for the editors who receive it, never for
 * readers: "ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY", "EDITORS' NOTE",
 * "MANDATORY CREDIT", "NO RESALES. NO ARCHIVES", "TPX IMAGES OF THE DAY", and the embargoes, holds and
 * restrictions of use: "EMBARGOED UNTIL 0001 GMT", "NOT FOR PUBLICATION", "EDS NOTE: HOLD FOR RELEASE",
 * "NO USE IN RUSSIA", "NO MOBILE USE", AFP's "RESTRICTED TO EDITORIAL USE - NO MARKETING NO ADVERTISING
 * CAMPAIGNS", AP's "TV OUT", Getty's and Reuters' "***BESTPIX***" and "BEST QUALITY AVAILABLE", and
 * dpa's "Sperrfrist: 19. Oktober 2021, 00:01 Uhr".
 */
public final class AgencyNotes {
  /**
   * What agencies forbid a picture's use for or in ("NO COMMERCIAL USE", "NO ONLINE OR MOBILE USE"):
   * the words of a sign in the picture ("NO MOBILE PHONE USE") are not among them.
   */
  private static final String MEDIA = "(?:commercial|marketing|advertising|promotional|merchandising|non-editorial|archive|archival"
      + "|mobile|online|internet|web|social\\s+media|tv|television|broadcast|print|book|magazine|newspaper|third[\\s-]+party)";
  /** A day's name as agencies write it: "TUESDAY", "TUES", "TUE", "THURS", "WEDS". */
  private static final String DAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|weds)";
  /** A month's name as agencies write it, before its day: "OCTOBER 20", "OCT 20", "SEPT. 20". */
  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
      + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s*\\d";
  /**
   * English words shaped like a time zone's abbreviation that follow a year in a headline ("EU EMBARGO
   * TO 2030 SET BY BRUSSELS", "… 2030 SHOT DOWN", "… 2030 AT LEAST", "… 2030 PACT SIGNED"), among them
   * the zones that are words (Western European (Summer) Time, East, Central and West Africa Time,
   * Argentina Time): they count as a zone only with nothing but punctuation, a day or a date after
   * them, "ON" or not ("EMBARGOED UNTIL 1900 WEST", "2000 EAT ON OCTOBER 20", "2030 SET."), and the
   * zones among them ({@link #ZONES_THAT_ARE_WORDS}) before any date too: a false error costs the
   * editor a caption, an embargo published cannot be taken back.
   */
  private static final String WORDS_LIKE_ZONES = "(?:at|it|but|not|yet|out|set|cut|hit|put|let|met|got|lit|sat|sit|fit|bet|act"
      + "|just|most|must|last|next|left|kept|sent|went|lost|cast|beat|meet|lift|halt|want|that|what|east|part|past|pact|post|cost"
      + "|hurt|rest|test|debt|fact|shot|knot|rift|west|wet|eat|cat|art)\\b";
  /**
   * The real zones that are English words (WEST, WET, EAT, CAT, ART) count also before a date that
   * starts with its day, "ON" or not, or "THE" ("2000 EAT ON 20 OCTOBER", "1900 WEST ON THE 20TH",
   * "2000 EAT THE 20TH"), and before tonight, today, tomorrow ("2000 EAT TONIGHT"); "2030 SET TODAY",
   * "1962 CAT ON A HOT TIN ROOF" and "2030 WEST ON THE BRINK" stay a headline's.
   */
  private static final String ZONES_THAT_ARE_WORDS = "(?:west|wet|eat|cat|art)(?=\\s+(?:(?:on\\s+)?(?:the\\s+)?\\d"
      + "|(?:tonight|today|tomorrow)\\b))";
  /**
   * The time zones agencies write after an embargo's time, whatever follows them: any two to five
   * letters ending in T but an English word ("2030 GMT", "2000 CEST", "1900 ET", "2000 IDT", "1900 COT",
   * "2000 PET", "2000 VET", "0001 AEST", "0900 AKST", "2000 ACWST"), and "UTC", "Z", "MSK", "MEZ",
   * "MESZ", "OEZ", "OESZ", "WIB", "WITA"; an English word ({@link #WORDS_LIKE_ZONES}) only before
   * punctuation, the end, a day or a date.
   */
  private static final String ZONE = "(?:(?!" + WORDS_LIKE_ZONES + ")(?:[a-z]{1,4}t|utc|z|msk|mez|mesz|oez|oesz|wib|wita)\\b"
      + "|" + ZONES_THAT_ARE_WORDS + "|" + WORDS_LIKE_ZONES + "(?=\\s*(?:[\\n\\r.,;:)\\-–—]|$|\\d|(?:on\\s+)?(?:" + DAY + "\\b"
      + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))))";
  /**
   * A year with words after it that tell no time of it ("2025 AGREED", "2030 DECIDED", "2030 SET");
   * four digits with a zone, hours, a place's time, a day, a date, tonight, today, tomorrow or nothing
   * after them are a time of day, whatever the digits ("2030 GMT", "2000 NEW YORK TIME", "2000 ON
   * OCTOBER 20", "2000 TONIGHT", "2030 TODAY", "1900 THURSDAY").
   */
  private static final String YEAR_AND_WORDS = "(?:19|20)\\d\\d\\s+(?!(?:" + ZONE + "|hrs?|hours|h|local|on|(?:\\p{L}+\\s+){0,2}time|" + DAY
      + "|this\\s+(?:morning|afternoon|evening))\\b|(?:tonight|today|tomorrow)\\b(?![\u2019'])|" + MONTH + ")\\p{L}";
  /**
   * The moment an embargo names ("0001 GMT", "0900GMT", "6PM", "21ST OCTOBER", "THURSDAY", "OCT 22",
   * "MIDDAY", "DELIVERY", "FURTHER NOTICE"): an "ARMS EMBARGO: NOW!" is a placard's, and so are a
   * length ("EMBARGO: 60 YEARS TOO MANY"), a year ("EU EMBARGO TO 2025 AGREED") and a question or an
   * exclamation in the same sentence ("EMBARGO UNTIL FURTHER NOTICE? NO!").
   */
  private static final String WHEN = "(?:(?!" + YEAR_AND_WORDS + ")\\d\\w*+(?!\\s+(?:years?|months?|weeks?|days?|decades?)\\b)"
      + "|" + DAY + "\\b"
      + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d\\w*"
      + "|noon|midday|midnight|today|tonight|tomorrow|(?:after\\s+)?delivery|end\\s+of\\s+(?:speech|delivery)|further\\s+notice)"
      + "(?![^.?!]*[?!])";
  /** A time of day that needs no word before it: "EMBARGO 0001 GMT", "EMBARGO 2000 GST", "EMBARGOED 00:01". */
  private static final String TIME_OF_DAY = "(?:\\d{1,2}[:.]\\d\\d\\w*|\\d{3,4}\\s*(?:" + ZONE + "|hrs?)\\b)";
  /** What AP keeps a picture "OUT" of ("TV OUT", "LOCAL INTERNET OUT", "MAGS OUT"); "TORIES OUT" is a chant. */
  private static final String OUT_OF = "(?:(?:local\\s+)?(?:tv|television|internet|online|web|mobile|mags|magazines|broadcast)|local\\s+print)";
  /** AP's "OUT" flags; where they stand and what follows them tell them from a sign ({@link #standsAlone}). */
  private static final String OUT_FLAGS = "(?<out>" + OUT_OF + "(?:\\s*(?:,|/|or\\b|and\\b)\\s*" + OUT_OF + ")*\\s+out\\b)";
  /** A wire's credit, after which its notes follow with a space: "REUTERS/Mari Tamm", "Foto: Mari Tamm/dpa". */
  private static final String CREDIT = "/[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’.\\-]*){0,3}";
  /**
   * Where a flag stands: at the caption's start, on a line of its own, after a full stop, a dash, a
   * semicolon, a comma, the credit's bracket ("(AP Photo/Jo Lee) TV OUT") or a wire's credit
   * ("REUTERS/Mari Tamm TV OUT"); "a banner reading STATE TV OUT" quotes a sign.
   */
  private static final Pattern FLAG_PLACE = Pattern.compile("(?:^|[\\n\\r.;,)\\-–—]|" + CREDIT + ")\\s*$");
  /**
   * Where dpa's Sperrfrist stands: on a line of its own, at the caption's start or after a sentence,
   * a colon, a dash or dpa's credit ("Foto: Mari Tamm/dpa Sperrfrist: …"); "Die Sperrfrist bis 30. Juni
   * gilt …" is a German sentence's.
   */
  private static final Pattern LINE_PLACE = Pattern.compile("(?:^|[\\n.!?:;)+*\\-–—]|" + CREDIT + ")\\s*$");
  /** Nothing but punctuation to the caption's end: "TV OUT.", "MAGS OUT)". */
  private static final Pattern TO_THE_END = Pattern.compile("[\\s.;,)\\-–—]*");
  /**
   * A member paper's own flag, which AP writes after its own: a run of capitals ending in OUT
   * ("SAN DIEGO UNION-TRIBUNE OUT", "NORTHWEST ARKANSAS OUT", "ST. LOUIS POST-DISPATCH OUT"); it
   * counts after an AP flag, whatever paper it names ("LOCAL TV OUT, THE OKLAHOMAN OUT"), with nothing
   * but notes after it ({@link #onlyNotesAfter}); a chant of several ("chant LIARS OUT, TV OUT, …") is
   * told by its verb ({@link #CHANTED}).
   */
  private static final Pattern PAPER_OUT = Pattern.compile("(?:[\\p{Lu}\\d][\\p{Lu}\\d.&'’\\-]*\\s+){1,6}OUT\\b");
  /** The word that names a newspaper in the papers a LOCAL PRINT OUT lists: "(ATLANTA JOURNAL-CONSTITUTION)". */
  private static final String PAPER_WORDS = "(?:TIMES|POST|HERALD|TRIBUNE|JOURNAL|NEWS|NEWSDAY|STAR|GAZETTE|DISPATCH|CHRONICLE|RECORD"
      + "|REGISTER|BEE|INQUIRER|ENQUIRER|IJ|GLOBE|WORLD|SUN|COURIER|OBSERVER|EXAMINER|PRESS|REVIEW|DEMOCRAT|REPUBLIC|REPUBLICAN"
      + "|SENTINEL|TELEGRAM|TELEGRAPH|ADVOCATE|LEDGER|BULLETIN|EXPRESS|PILOT|BLADE|OREGONIAN|DEALER|APPEAL|CONSTITUTION|ADVERTISER"
      + "|STATESMAN|CITIZEN|TRANSCRIPT|MONITOR|DAILY|EAGLE|LEADER|ENTERPRISE|PICAYUNE)";
  /**
   * A flag after a comma that goes on a chant or a sign in capitals straight after a verb that chants,
   * shouts or reads it, in the caption's own lower case ("…, chant MINISTER OUT, TV OUT", "a banner
   * reads THIEVES OUT, TV OUT"), is the chant's or the sign's.
   */
  private static final Pattern CHANTED = Pattern.compile("\\b(?:chant|shout|yell|scream|sing|sang|sung|cry|cries|cried|crying|read"
      + "|say|says|said|write|writes|writing|wrote|written|spell)(?:s|ed|ing)?\\s*[:\"“']?\\s*"
      + "[\\p{Lu}\\d][\\p{Lu}\\d'’&\\-]*(?:[\\s,]+[\\p{Lu}\\d][\\p{Lu}\\d'’&\\-]*)*\\s*,\\s*$");
  /** A word of a paper's or a chant's "… OUT" in capitals: "ST.", "POST-DISPATCH", "U.S.", "11ALIVE"; not a year's "2021." */
  private static final String CAPS_WORD = "[\\p{Lu}\\d][\\p{Lu}\\d&'’\\-]*(?:\\.[\\p{Lu}\\d&'’\\-]+)*(?:(?<=\\p{Lu})\\.)?";
  /**
   * The other "… OUT" in capitals of a run that ends just before a flag, parted by commas, semicolons or
   * dashes: a member paper's own flag ("THE KANSAS CITY STAR OUT, MAGS OUT, TV OUT") or a chant's
   * ("with chants of RTS OUT - TV OUT - VUCIC OUT"); where the run stands tells which ({@link #flagStart}).
   */
  private static final Pattern RUN_BEFORE = Pattern.compile("(?<![\\p{L}\\d.&'’\\-])(?:(?:" + CAPS_WORD + "[ \\t]+){1,6}OUT[ \\t]*[,;\\-–—][ \\t]*)+$");
  /** A place AP may name before a LOCAL flag, on its line: "TWIN CITIES LOCAL TV OUT". */
  private static final Pattern PLACE_BEFORE = Pattern.compile("(?<![\\p{L}\\d.&'’\\-])(?:(?=\\p{Lu})" + CAPS_WORD + "[ \\t]+){1,4}$");
  /**
   * The end of a sentence's lower-case words before a run of "… OUT", a colon or a quotation mark
   * between ("chants of", "placards:", "the slogan “"): the run is inside the sentence, a chant's or a
   * placard's. A line break, a bracket, a full stop, a comma after a date or the caption's start before it
   * make a flag run.
   */
  private static final Pattern IN_SENTENCE = Pattern.compile("(?<![\\p{L}\\d/])\\p{Ll}[\\p{L}'’]*[ \\t]*[:\"“‘'«„]?[ \\t]*$");
  /** A credit that ends in lower case just before a run, "Foto: Mari Tamm/dpa": a flag run follows it. */
  private static final Pattern CREDIT_BEFORE = Pattern.compile(CREDIT + "\\s*$");
  /**
   * A station as AP names it in the brackets after a flag: a call sign ("KTVU", "WSB-TV"; not a sign's
   * "WIFI", "WORK"), a network ("FOX", "NBC", "Telemundo", "FOX5") or a channel's name ("11ALIVE", "3TV").
   */
  private static final String STATION = "(?:(?!(?:WIFI|WEB|WORK|WAIT|WAY|WHY|WHO|WOW|WEST|KIDS|KEEP)\\b)[KW][A-Z]{2,3}(?:-(?:TV|DT|CD|LD|CA))?"
      + "|(?i:abc|cbs|nbc|fox|cw|pbs|ion|upn|mytv|mynetworktv|univision|telemundo|unimas|estrella|azteca|cnn|espn)\\d{0,2}"
      + "|\\d{1,2}(?:TV|[A-Z]{4,}))(?![\\p{L}\\d])";
  /**
   * One station or paper of a flag's list: a call sign or network with its channel and place ("KTVU FOX 2",
   * "NBC Bay Area", "KRON 4"), or a paper after LOCAL PRINT OUT ("ATLANTA JOURNAL-CONSTITUTION").
   */
  private static final String STATION_ITEM = "(?:(?:\\p{Lu}[\\p{L}'’.&\\-]*|\\d{1,3})\\s+){0,4}"
      + "(?:" + STATION + "|(?:\\p{Lu}[\\p{L}'’.&]*-)?" + PAPER_WORDS + "(?:-\\p{Lu}+)?(?![\\p{L}\\d]))"
      + "(?:\\s+(?:\\p{Lu}[\\p{L}'’.&\\-]*|\\d{1,3}))*";
  /**
   * The stations an OUT flag keeps the picture from, listed in brackets after it: "LOCAL TELEVISION
   * OUT (WXIA, WGCL, FOX 5)", "LOCAL TV OUT (KTVU FOX 2, KRON 4, NBC Bay Area)", and any bracket of
   * capitals ("(WUSA9, NY1, NECN)"; "TV OUT (SORRY)" at the end too, since a flag published cannot be
   * taken back); "TV OUT (ask at reception)" is a sign's, and so is any bracket with words after it.
   */
  private static final Pattern STATIONS = Pattern.compile("\\s*\\((?:" + STATION_ITEM + "(?:\\s*[,/;]\\s*" + STATION_ITEM + ")*"
      + "|[\\p{Lu}\\d][\\p{Lu}\\d.&'’\\-]*(?:[\\s,/;]+[\\p{Lu}\\d][\\p{Lu}\\d.&'’\\-]*)*)\\)");
  /** What parts one flag from the next: "TV OUT - NO SALES", "MAGS OUT, TV OUT", a line break. */
  private static final Pattern BETWEEN_FLAGS = Pattern.compile("\\s*[\\n\\r.;,\\-–—]\\s*");
  /** The end of a flag the agency puts on its own: "BEST QUALITY AVAILABLE", but "BEST QUALITY AVAILABLE HERE" is a sign. */
  private static final String ALONE = "(?=\\s*(?:[.;,\\-–—]|$))";
  /**
   * dpa's embargo, "Sperrfrist" with its moment ("Sperrfrist: 19. Oktober 2021, 00:01 Uhr",
   * "SPERRFRIST 19.10.2021", "ACHTUNG: Sperrfrist bis 18 Uhr"), the noun capitalised as German writes it,
   * where dpa writes it ({@link #LINE_PLACE}).
   */
  private static final String SPERRFRIST = "\\b(?:achtung\\s*:?\\s*)?(?-i:Sperrfrist|SPERRFRIST)\\s*:?\\s*(?:bis\\s+(?:zum\\s+)?)?"
      + "(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\\s+(?:den\\s+)?)?"
      + "(?:\\d{1,2}\\.\\s*(?:\\d{1,2}\\.|(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\\b)"
      + "|\\d{1,2}(?:[:.]\\d\\d)?\\s*uhr\\b)";
  private static final Pattern NOTES = Pattern.compile("(?iu)(?<dpa>" + SPERRFRIST + ")|\\*+\\s*bestpix\\s*\\*+"
      + "|\\b(?:attention\\s+editors"
      + "|editors?[\u2019']?s?[\u2019']?\\s+note|note\\s+to\\s+editors|mandatory\\s+credit|no\\s+resales|no\\s+archives|no\\s+sales"
      + "|(?:for\\s+)?editorial\\s+use\\s+only|(?:this\\s+(?:image|picture|photo(?:graph)?)\\s+(?:has\\s+been|was|is)\\s+)?(?:supplied|provided)\\s+by\\s+a\\s+third\\s+party"
      + "|restricted\\s+to\\s+editorial\\s+(?:use|purposes)|distributed\\s+as\\s+a\\s+service\\s+to\\s+clients|bestpix"
      + "|(?<!the\\s)best\\s+quality\\s+available" + ALONE + "|" + OUT_FLAGS
      + "|not\\s+for\\s+" + MEDIA + "(?:\\s*(?:,|/|or\\b|and\\b)\\s*" + MEDIA + ")*\\s+(?:use|campaigns|purposes)"
      + "|no\\s+marketing\\s*[,/\\-–—]?\\s*no\\s+advertising(?:\\s+campaigns)?|no\\s+(?:marketing|advertising)\\s+campaigns|(?:tpx\\s+)?images\\s+of\\s+the\\s+day"
      + "|sensitive\\s+material|graphic\\s+content|this\\s+image\\s+may\\s+offend"
      + "|embargo(?:ed)?(?:\\s*[:\\-–—]\\s*|\\s+(?:until|till|to|for\\s+release(?:\\s+(?:at|until|on))?|at|before)\\s*:?\\s+)" + WHEN
      + "|embargo(?:ed)?\\s+" + TIME_OF_DAY
      + "|not\\s+for\\s+publication|eds\\.?\\s+note"
      + "|hold\\s+(?:for\\s+release|until|till)|(?:do\\s+not|not\\s+to\\s+be)\\s+(?:publish|release|broadcast)(?:ed)?"
      + "|no\\s+use\\s+in\\s+\\p{L}+|no\\s+(?:third[\\s-]+party\\s+|foreign\\s+|book\\s+)?(?:re)?sales"
      + "|no\\s+" + MEDIA + "(?:\\s*(?:,|/|or\\b|and\\b)\\s*" + MEDIA + ")*\\s+use)\\b");

  private AgencyNotes() {}

  /**
   * Where the agency's notes begin in {@code caption}, or -1 when it has none. Agencies write them
   * in capitals: "A sign reads No sales today" is the caption's own.
   */
  public static int start(String caption) {
    Matcher notes = NOTES.matcher(caption);
    while (notes.find()) {
      boolean capitals = notes.group().equals(notes.group().toUpperCase(java.util.Locale.ROOT));
      if (notes.group("dpa") != null ? LINE_PLACE.matcher(caption.substring(0, notes.start())).find()
          : capitals && notes.group("out") == null) {
        return notes.start();
      }
      int flag = capitals && notes.group("out") != null ? flagStart(caption, notes.start(), notes.end()) : -1;
      if (flag >= 0) {
        return flag;
      }
    }
    return -1;
  }

  /**
   * Where the notes begin when an AP flag from {@code start} to {@code end} stands where a flag does and
   * ends the caption, or only other notes follow it ("TV OUT - NO SALES", "LOCAL TV OUT; SAN DIEGO
   * UNION-TRIBUNE OUT"), else -1: "a banner reading STATE TV OUT", "INTERNET OUT - CASH ONLY" and "TV
   * OUT, WE WANT THE TRUTH" are signs. Behind other "… OUT" of a run ({@link #RUN_BEFORE}) the flag's
   * notes begin with the run, unless the run is inside a sentence ({@link #IN_SENTENCE}): AP puts a
   * member paper's flag first at times ("(… via AP) THE KANSAS CITY STAR OUT, MAGS OUT, TV OUT").
   */
  private static int flagStart(String caption, int start, int end) {
    String before = caption.substring(0, start);
    Matcher place = PLACE_BEFORE.matcher(before);
    if (caption.regionMatches(true, start, "local", 0, 5) && place.find()) {
      before = before.substring(0, place.start());
    }
    Matcher run = RUN_BEFORE.matcher(before);
    if (run.find()) {
      int from = run.start();
      String lead = before.substring(0, from);
      if (IN_SENTENCE.matcher(lead).find() && !CREDIT_BEFORE.matcher(lead).find()) {
        // a full stop inside the run ends the sentence ("across the EU. RTS OUT, TV OUT"): the flags follow it
        int stop = before.lastIndexOf(". ");
        if (stop < from) {
          return -1;
        }
        from = stop + 2;
      }
      before = before.substring(0, from);
    }
    if (!FLAG_PLACE.matcher(before).find() || CHANTED.matcher(caption.substring(0, start)).find()) {
      return -1;
    }
    return onlyNotesAfter(caption.substring(end)) ? before.length() : -1;
  }

  /**
   * Whether {@code afterFlag}, what follows a flag, holds nothing but the stations it names, punctuation
   * and further notes: other flags ("- NO SALES") or a member paper's own ("; SAN DIEGO UNION-TRIBUNE OUT").
   */
  private static boolean onlyNotesAfter(String afterFlag) {
    Matcher stations = STATIONS.matcher(afterFlag);
    String rest = stations.lookingAt() ? afterFlag.substring(stations.end()) : afterFlag;
    if (TO_THE_END.matcher(rest).matches()) {
      return true;
    }
    Matcher between = BETWEEN_FLAGS.matcher(rest);
    if (!between.lookingAt()) {
      return false;
    }
    String next = rest.substring(between.end());
    Matcher paper = PAPER_OUT.matcher(next);
    return start(next) == 0 || paper.lookingAt() && onlyNotesAfter(next.substring(paper.end()));
  }
}
