package org.briefing.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.importer.ImageDraft;
import org.briefing.importer.LeftOut;
import org.briefing.importer.Organisations;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.SourceRef;
import org.briefing.importer.StoryDraft;

/**
 * Reads agency copy pasted as plain text into a {@link StoryDraft}: headline, standfirst, byline,
 * date line, photo caption and credit, dateline, subheadings, lists and tables, trailers and
 * boilerplate. Every line ends up in the body, in a field, or in the report as dropped.
 */
public final class PlainTextImporter {
  private static final int MAX_HEADLINE_WORDS = 30;
  private static final int MAX_STANDFIRST_WORDS = 60;
  /** The story's photo is captioned above the body or under its first paragraph; a caption further down is not its photo. */
  private static final int MAX_PARAGRAPHS_BEFORE_PHOTO = 1;

  private final List<Block> blocks;
  private final StoryDraft story = new StoryDraft();
  /** What of the copy is not for readers: boilerplate, notes to editors, embargoes, a release's notes. */
  private final LeftOutBlocks leftOut;
  /** The lines over and under the headline that fill fields: a date line, a byline, a release's label. */
  private final HeaderFields fields;
  private boolean bodyStarted;
  private int paragraphs;
  private int datelineChecks;

  private PlainTextImporter(List<Block> blocks) {
    // a block may be split where lines above the headline stand over it (see aboveHeadline)
    this.blocks = new ArrayList<>(blocks);
    this.leftOut = new LeftOutBlocks(story, this.blocks);
    this.fields = new HeaderFields(story, this.blocks);
  }

  /** Reads the text, whose line breaks are {@code \n}. */
  public static StoryDraft read(String text) {
    String[] raw = text.split("\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      lines.add(new Line(i + 1, raw[i].stripTrailing()));
    }
    PlainTextImporter importer = new PlainTextImporter(Blocker.blocks(lines));
    importer.describeLayout(lines);
    importer.run();
    return importer.story;
  }

  private void describeLayout(List<Line> lines) {
    List<Line> content = lines.stream().dropWhile(l -> l.text().isEmpty()).toList();
    int last = content.size();
    while (last > 0 && content.get(last - 1).text().isEmpty()) {
      last--;
    }
    boolean noBlanks = content.subList(0, last).stream().noneMatch(l -> l.text().isEmpty());
    if (last > 3 && blocks.size() > 1 && noBlanks) {
      story.note(ReportEntry.note("the text has no blank lines; each line was read as a paragraph"));
    }
    for (Block b : blocks) {
      if (b.shape() == Block.Shape.TEXT && b.lines().size() > 1) {
        story.note(ReportEntry.note("the text is wrapped; lines " + b.first() + "-" + b.lines().get(b.lines().size() - 1).number()
            + " and others were joined into paragraphs where a line ends mid-sentence"));
        break;
      }
    }
  }

  private void run() {
    int start = headline();
    for (int i = start; i < blocks.size(); i++) {
      i = block(i);
    }
    if (story.title().isEmpty()) {
      guessTitle(start);
    }
  }

  /** Reads the headline, returning the index of the first block after it. */
  private int headline() {
    int i = 0;
    boolean ruleOver = false;
    while (i < blocks.size()) {
      leaveOutEmbargoOpening(i);
      boolean rule = leftOut.dropRuleOverHeadline(blocks.get(i));
      int read = rule || leftOut.dropBoilerplate(blocks.get(i)) ? 1 : aboveHeadline(i);
      if (read == 0) {
        break;
      }
      ruleOver = rule;
      i += read;
    }
    if (i >= blocks.size()) {
      return i;
    }
    Block first = blocks.get(i);
    String text = first.text();
    boolean single = first.shape() == Block.Shape.TEXT && first.lines().size() == 1;
    boolean prose = Sentences.words(text) > 15 && text.endsWith(".");
    if (single && Sentences.words(text) <= MAX_HEADLINE_WORDS && !prose && PhotoCredits.parse(text).isEmpty()
        && Dateline.parse(text).isEmpty()) {
      story.title(text);
      story.note(ReportEntry.moved("title", first.numbers(), List.of(text), "", "the first line"));
      // a headline framed by rules: the one under it goes with the one over it
      return ruleOver && i + 1 < blocks.size() && leftOut.dropRuleUnderHeadline(blocks.get(i + 1)) ? i + 2 : i + 1;
    }
    return i;
  }

  /**
   * Leaves out an embargo that opens the one line of block i at the top ("EMBARGOED UNTIL 00:01 GMT 8 DECEMBER -
   * Plastics treaty agreed", an e-mail's subject), as over a standfirst: the story is a draft, and the line's own words
   * stay in the block, to be read as the headline (the line was left out whole, the headline's words lost).
   */
  private void leaveOutEmbargoOpening(int i) {
    Block block = blocks.get(i);
    if (block.shape() != Block.Shape.TEXT || block.lines().size() != 1 || EmbargoOpening.split(block.text()).isEmpty()) {
      return;
    }
    String kept = EmbargoOpening.leaveOut(story, block.numbers(), block.text());
    blocks.set(i, Block.of(new Line(block.first(), kept)));
  }

  /**
   * Reads a line over the headline at the top of block i: a press office's label ("PRESS RELEASE", "FOR IMMEDIATE
   * RELEASE") is left out, named in the report, with the date that may follow it ("Media release: 6 December 2026")
   * read into 'date'; a date line and a byline are read as under the headline. A block of short lines (the label, the
   * date and the headline typed with no blank line between them) is split under that line.
   *
   * @return how many blocks were read: 0 when the block opens with no such line
   */
  private int aboveHeadline(int i) {
    Block block = blocks.get(i);
    String text = block.lines().get(0).text();
    Optional<String> label = LineBreaks.releaseLabel(text);
    boolean field = PublicationDate.parse(text).isPresent() || Attribution.byline(text).isPresent();
    boolean apart = block.lines().size() == 1 || block.shape() == Block.Shape.ROWS && !Blocker.hasColumns(text);
    if (block.shape() == Block.Shape.LIST || !apart || label.isEmpty() && !field) {
      return 0;
    }
    if (block.lines().size() > 1) {
      List<Line> rest = block.lines().subList(1, block.lines().size());
      blocks.set(i, Block.of(block.lines().get(0)));
      blocks.add(i + 1, rest.size() == 1 ? Block.of(rest.get(0)) : new Block(rest, Block.Shape.ROWS));
      block = blocks.get(i);
    }
    if (label.isPresent()) {
      fields.leaveOutLabel(block, text, label.get());
      return 1;
    }
    Optional<HeaderFields.Joined> twoLines = fields.twoLineByline(i);
    if (twoLines.isPresent()) {
      fields.byline(twoLines.get().block(), twoLines.get().text());
      return 2;
    }
    return fields.dateLine(block, text) || fields.byline(block, text) ? 1 : 0;
  }

  private int block(int i) {
    Block block = blocks.get(i);
    NotesSection.Verdict verdict = leftOut.verdict(i);
    if (verdict == NotesSection.Verdict.NOTES) {
      NotesSection.leaveOut(story, block.numbers(), block.text());
      return i;
    }
    if (verdict == NotesSection.Verdict.UNSURE) {
      NotesSection.reportKept(story, block.first(), false);
    }
    // notes stand after the story: a wire's "Notes to editors" line above it is a note of its own
    if (verdict == null && bodyStarted && leftOut.notesHeading(i, this::body)) {
      return i;
    }
    if (leftOut.dropBoilerplate(block)) {
      return i;
    }
    if (block.shape() == Block.Shape.LIST) {
      // an item that is an embargo is left out as a paragraph is, the other items stay
      List<Line> items = block.lines().stream().filter(l -> !leftOut.embargoLine(l, BodyMarkdown.item(l.text()))).toList();
      if (!items.isEmpty()) {
        body(BodyMarkdown.list(new Block(items, Block.Shape.LIST)));
      }
      return i;
    }
    if (block.shape() == Block.Shape.ROWS) {
      boolean table = BodyMarkdown.isTable(block);
      body(BodyMarkdown.rows(block));
      story.note(new ReportEntry(ReportEntry.Kind.UNSURE, "", block.numbers(), List.of(), "",
          table ? "lines kept exactly as written in a preformatted block (they look like a table or results)"
              : "short lines without sentence punctuation kept as a list"));
      return i;
    }
    String text = block.text();
    Optional<HeaderFields.Joined> twoLines = bodyStarted ? Optional.empty() : fields.twoLineByline(i);
    if (twoLines.isPresent()) {
      header(twoLines.get().block(), twoLines.get().text());
      return i + 1;
    }
    if (readersNote(block, text)) {
      return i;
    }
    if (!bodyStarted && header(block, text)) {
      return i;
    }
    if (caption(i, block, text)) {
      return i + (pairedCredit(i) ? 1 : 0);
    }
    if (trailer(block, text)) {
      return i;
    }
    if (subheading(i, block, text)) {
      return i;
    }
    paragraph(block, text);
    return i;
  }

  /**
   * Keeps a note to readers about the story in the body as a quotation block: an editor's note anywhere, and a
   * correction, clarification or update above the story's first paragraph, where it would otherwise be taken for the
   * standfirst or the lead that summaries quote. Above the story it starts no body: a byline or standfirst may follow.
   */
  private boolean readersNote(Block block, String text) {
    boolean editors = EDITORS_NOTE.matcher(text).matches();
    if (!editors && (bodyStarted || !CORRECTION.matcher(text).matches())) {
      return false;
    }
    story.body().add(BodyMarkdown.note(text));
    story.note(new ReportEntry(ReportEntry.Kind.INFERRED, "", block.numbers(), List.of(), "",
        (editors ? "editor's note" : "a note to readers above the story") + " kept in the body as a quotation block"));
    return true;
  }

  /** Date lines, bylines and the standfirst between the headline and the first paragraph. */
  private boolean header(Block block, String text) {
    if (fields.dateLine(block, text) || fields.byline(block, text)) {
      return true;
    }
    return story.standfirst().isEmpty() && story.image() == null && standfirst(block, text);
  }

  private boolean standfirst(Block block, String text) {
    int index = blocks.indexOf(block);
    if (Sentences.words(text) > MAX_STANDFIRST_WORDS || Sentences.count(text) > 3 || Dateline.parse(text).isPresent()
        || PhotoCredits.parse(text).isPresent() || pairedCredit(index) || !Sentences.endsWithPunctuation(text)
        || story.title().isEmpty()) {
      return false;
    }
    int prose = 0;
    boolean marked = false;
    for (int j = index + 1; j < blocks.size(); j++) {
      String next = blocks.get(j).text();
      if (j == index + 1) {
        marked = PhotoCredits.parse(next).isPresent() || Attribution.byline(next).isPresent()
            || PublicationDate.parse(next).isPresent() || Dateline.parse(next).isPresent()
            || next.matches("(?i)^(image source|image caption)\\b.*");
      }
      if (blocks.get(j).shape() == Block.Shape.TEXT && Sentences.words(next) > 12) {
        prose++;
      }
    }
    if (prose == 0) {
      return false;
    }
    // an embargo over the standfirst is left out as a paragraph's; the standfirst's own words stay
    String kept = EmbargoOpening.leaveOut(story, block.numbers(), text);
    if (kept.isEmpty()) {
      return true;
    }
    story.standfirst(kept);
    story.note(ReportEntry.moved("standfirst", block.numbers(), List.of(kept), "",
        "the paragraph under the headline"));
    if (!marked) {
      story.note(ReportEntry.unsure(block.first(),
          "taken as the standfirst; if it is the story's first paragraph, move it back into the body"));
    }
    return true;
  }

  private boolean caption(int i, Block block, String text) {
    Optional<Caption> parsed = PhotoCredits.parse(text);
    Optional<String[]> labelled = PhotoCredits.captionLine(text);
    List<Integer> lines = new ArrayList<>(block.numbers());
    String captionText;
    Caption credit;
    if (parsed.isPresent() && !parsed.get().text().isEmpty()) {
      credit = parsed.get();
      captionText = credit.text();
    } else if (pairedCredit(i)) {
      Block next = blocks.get(i + 1);
      lines.addAll(next.numbers());
      Optional<String[]> nextCaption = PhotoCredits.captionLine(next.text());
      if (labelled.isEmpty() && nextCaption.isPresent() && parsed.isPresent()) {
        credit = parsed.get();
        captionText = nextCaption.get()[0];
      } else {
        credit = PhotoCredits.parse(next.text()).orElseThrow();
        captionText = labelled.map(l -> l[0]).orElse(text);
      }
    } else {
      return false;
    }
    String whole = String.join(" ", lines.stream().map(this::lineText).toList());
    if (story.image() != null || paragraphs > MAX_PARAGRAPHS_BEFORE_PHOTO) {
      // an embargo over the caption is left out, as over a standfirst; the caption's own words stay
      whole = EmbargoOpening.leaveOut(story, lines, whole);
      if (whole.isEmpty()) {
        return true;
      }
      // set apart from the story's prose so that no summary takes the caption for story text
      body(BodyMarkdown.caption(whole));
      story.note(new ReportEntry(ReportEntry.Kind.UNSURE, "", lines, List.of(), "", story.image() != null
          ? "another photo caption; kept in the body as a block quote in italics because a story has one image"
          : "a photo caption far below the top; kept in the body as a block quote in italics, not taken as the story's photo"));
      return true;
    }
    captionText = EmbargoOpening.leaveOut(story, lines, captionText);
    story.image(new ImageDraft("", captionText, credit.credit(), credit.filePhoto(), ""));
    credit.photographers().forEach(p -> story.addCredit("photo", p));
    List<String> values = List.of(captionText, credit.credit());
    story.note(ReportEntry.moved("image.caption", lines, List.of(captionText), "", "photo caption"));
    story.note(ReportEntry.moved("image.credit", lines, List.of(credit.credit()), LeftOut.of(whole, values),
        credit.filePhoto() ? "photo credit (a file photo); add the photo file to image.src" : "photo credit; add the photo file to image.src"));
    return true;
  }

  /**
   * A news page's pointer to its coverage, or a running story's word to editors and readers, which stands alone between
   * paragraphs like a subheading: "Follow our live coverage of the vote", "This is a developing story", "More to follow".
   */
  private static final java.util.regex.Pattern PROMPT = java.util.regex.Pattern.compile("(?i)(?:follow|watch|listen to|read)\\b.*"
      + "\\b(?:live|coverage|updates?|blog|video|podcast)\\b.*|(?:this is a )?(?:developing|breaking) (?:story|news)|more (?:to follow|to come|soon)");
  /** "Editor's note: ...": written for readers, kept wherever it stands. */
  private static final java.util.regex.Pattern EDITORS_NOTE = java.util.regex.Pattern.compile("(?i)^[(\\[]?(?:editor['’]?s? note|ed note)\\b.*");
  /** "Correction:", "Clarification, 2 December:", "Update:": a note to readers with its label and colon. */
  private static final java.util.regex.Pattern CORRECTION =
      java.util.regex.Pattern.compile("(?i)^[(\\[]?(?:correction|clarification|update)s?\\b[^:.]{0,40}:.*");

  /** A correction or note to readers, which a credit under it does not make a caption. */
  private static final java.util.regex.Pattern NOTE =
      java.util.regex.Pattern.compile("(?i)[(\\[]?(?:correction|clarification|update|editor['’]?s? note)\\b");

  /** Whether block i is a caption whose credit (or whose "Image caption," line) is the next block. */
  private boolean pairedCredit(int i) {
    if (i + 1 >= blocks.size() || blocks.get(i).shape() != Block.Shape.TEXT) {
      return false;
    }
    String text = blocks.get(i).text();
    String next = blocks.get(i + 1).text();
    if (NOTE.matcher(text).lookingAt()) {
      return false;
    }
    Optional<Caption> own = PhotoCredits.parse(text);
    if (own.isPresent() && own.get().text().isEmpty()) {
      return PhotoCredits.captionLine(next).isPresent();
    }
    Optional<Caption> credit = PhotoCredits.parse(next);
    boolean creditOnly = credit.isPresent() && credit.get().text().isEmpty();
    return creditOnly && own.isEmpty() && Sentences.words(text) <= 50;
  }

  private boolean trailer(Block block, String text) {
    Optional<Attribution> sources = Attribution.sources(text);
    Optional<Attribution> credits = Attribution.trailer(text);
    Attribution a = sources.or(() -> credits).orElse(null);
    if (a == null) {
      return false;
    }
    a.sources().forEach(story::addSource);
    a.credits().forEach((role, names) -> names.forEach(n -> story.addCredit(role, n)));
    String field = sources.isPresent() ? "sources" : "credits." + String.join(", credits.", a.credits().keySet());
    story.note(ReportEntry.moved(field, block.numbers(), a.values(), LeftOut.of(text, a.values()),
        sources.isPresent() ? "sources line" : "credit line"));
    for (String part : a.unsure()) {
      story.note(ReportEntry.unsure(block.first(), "'" + part + "' is not a name; left out"));
    }
    a.sources().stream().filter(s -> Organisations.isUnnamedAgency(s.name())).forEach(s -> story.note(new ReportEntry(
        ReportEntry.Kind.UNSURE, "sources", block.numbers(), List.of(s.name()), "", "'" + s.name()
            + "' names no agency: kept as written, with no page in the sources index; name the agencies if you know them")));
    return true;
  }

  private boolean subheading(int i, Block block, String text) {
    if (block.lines().size() != 1 || !bodyStarted || i + 1 >= blocks.size()) {
      return false;
    }
    int words = Sentences.words(text);
    boolean question = text.endsWith("?") && words <= 8;
    if (words > 12 || text.length() > 90 || (Sentences.endsWithPunctuation(text) && !question)
        || !Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0)) && !isUncased(text)) {
      return false;
    }
    Block next = blocks.get(i + 1);
    if (next.shape() == Block.Shape.TEXT && Sentences.words(next.text()) < 6 && !Sentences.endsWithPunctuation(next.text())) {
      return false;
    }
    // a page's date stamp or a pointer to its coverage heads no section, nor does a line with only trailers under it
    if (PublicationDate.parse(text).isPresent() || PROMPT.matcher(text).matches() || headsNothing(i)) {
      return false;
    }
    body(BodyMarkdown.heading(text));
    story.note(new ReportEntry(question || words >= 9 ? ReportEntry.Kind.UNSURE : ReportEntry.Kind.INFERRED, "",
        block.numbers(), List.of(), "", "short line without final punctuation made a subheading (## )"));
    return true;
  }

  /** Whether only trailers, sources lines and boilerplate stand under block i: no story text for it to head. */
  private boolean headsNothing(int i) {
    return blocks.subList(i + 1, blocks.size()).stream().map(Block::text).allMatch(t -> Attribution.trailer(t).isPresent()
        || Attribution.sources(t).isPresent() || Boilerplate.reason(t).isPresent() || EditorNotes.of(t).isPresent());
  }

  private void paragraph(Block block, String text) {
    // a rule drawn under the headline (around an update note) comes before the first paragraph, not in its place
    if (datelineChecks < 2 && !Blocker.isRule(text)) {
      datelineChecks++;
      Dateline.parse(text).ifPresent(d -> dateline(block, d));
    }
    List<SourceRef> credited = Attribution.closingAgencies(text);
    credited.forEach(story::addSource);
    if (!credited.isEmpty()) {
      story.note(ReportEntry.inferred("sources", block.first(), credited.stream().map(SourceRef::name).toList(),
          "the paragraph ends by crediting them; it stays in the body as written"));
    }
    body(BodyMarkdown.paragraph(text));
    paragraphs++;
    if (text.matches("(?i)^sources?\\s*:.*")) {
      story.note(ReportEntry.unsure(block.first(), "a 'Sources:' line that does not read as a list of names kept in the body;"
          + " put the organisations it names in 'sources'"));
    }
    if (block.lines().size() == 1 && Sentences.words(text) <= 12 && !Sentences.endsWithPunctuation(text)) {
      story.note(ReportEntry.unsure(block.first(), "short line without final punctuation kept as a paragraph"));
    }
  }

  private void dateline(Block block, Dateline d) {
    d.places().forEach(story::addPlace);
    story.note(ReportEntry.inferred("places", block.first(), d.places(), "dateline '" + d.text() + "'"));
    if (!d.agency().isEmpty()) {
      SourceRef source = Organisations.source(d.agency(), "");
      story.addSource(source);
      story.note(ReportEntry.inferred("sources", block.first(), List.of(source.name()), "dateline '" + d.text() + "'"));
    }
    if (!d.monthDay().isEmpty()) {
      story.note(ReportEntry.inferred("date", block.first(), List.of(d.monthDay()),
          "the dateline gives the day (" + d.monthDay() + ") but not the year"));
    }
  }

  /** Makes a title from the first text at or after block {@code start}: the lines above it (a release's label, a date, a byline) were read. */
  private void guessTitle(int start) {
    Block first = blocks.subList(start, blocks.size()).stream().filter(b -> b.shape() == Block.Shape.TEXT).findFirst().orElse(null);
    if (first == null) {
      story.title("Untitled");
      story.note(ReportEntry.unsure(0, "no headline and no prose found; the title is 'Untitled': write one"));
      return;
    }
    String text = first.text();
    String[] words = text.split("\\s+");
    String sentence = text.split("(?<=[.!?])\\s+", 2)[0];
    String title = sentence.length() <= 120 ? sentence.replaceAll("[.]$", "")
        : String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 12))) + "…";
    story.title(title);
    story.note(new ReportEntry(ReportEntry.Kind.UNSURE, "title", first.numbers(), List.of(), "",
        "no headline line found; the title was made from the start of the text and that text kept in the body: write a headline"));
  }

  private void body(String markdown) {
    bodyStarted = true;
    story.body().add(markdown);
  }

  private String lineText(int number) {
    for (Block b : blocks) {
      for (Line l : b.lines()) {
        if (l.number() == number) {
          return l.text();
        }
      }
    }
    return "";
  }

  private static boolean isUncased(String text) {
    int cp = text.codePointAt(0);
    return Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isLowerCase(cp);
  }
}
