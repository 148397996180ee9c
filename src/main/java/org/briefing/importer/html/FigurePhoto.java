package org.briefing.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefing.importer.ImageDraft;
import org.briefing.importer.LeftOut;
import org.briefing.importer.MarkdownText;
import org.briefing.importer.ReportEntry;
import org.briefing.importer.StoryDraft;
import org.briefing.importer.text.Caption;
import org.briefing.importer.text.EmbargoOpening;
import org.briefing.importer.text.PhotoCredits;
import org.jsoup.nodes.Element;

/** A saved page's figure with a photo: the story's image, its caption and its credit. */
final class FigurePhoto {
  private FigurePhoto() {}

  /** A class that marks a caption: {@code caption}, {@code wp-caption-text}, {@code media__caption}; not {@code captioned}. */
  private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)(?:^|[-_])caption(?:$|[-_])");
  /** A gallery's slide counter ("1 of 8", "3/12"), which says where the photo is among others, not what it shows. */
  private static final Pattern COUNTER = Pattern.compile("(?i)^\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}$");
  private static final Pattern COUNTER_CLASS = Pattern.compile("(?i)(?:^|[-_])(?:counter|count|index|position|pager|slide-number)(?:$|[-_])");

  /** The photo of a figure: its {@code <img>}, or an AMP page's {@code <amp-img>}; null when it has none. */
  static Element photo(Element figure) {
    return figure.selectFirst("img, amp-img");
  }

  /**
   * Whether {@code e} is a photo with its caption written without a {@code <figure>}: WordPress's classic editor
   * writes one as {@code <div class="wp-caption">} with an {@code <img>} and a {@code <p class="wp-caption-text">}.
   */
  static boolean isCaptionedPhoto(Element e) {
    return e.classNames().stream().anyMatch(c -> c.equalsIgnoreCase("wp-caption")) && photo(e) != null;
  }

  /**
   * The caption of a figure with a photo: its {@code <figcaption>}, else an element in it whose class says caption
   * ({@code wp-caption-text}), else one right after it ({@code <div class="media__caption">} beside the
   * {@code <figure>} in the photo's wrapper); null when it has none.
   */
  static Element caption(Element figure) {
    Element own = figure.selectFirst("figcaption");
    if (own != null) {
      return own;
    }
    for (Element x : figure.getAllElements()) {
      if (x != figure && isCaption(x)) {
        return x;
      }
    }
    Element next = figure.nextElementSibling();
    return next != null && isCaption(next) ? next : null;
  }

  private static boolean isCaption(Element e) {
    return e.classNames().stream().anyMatch(c -> CAPTION_CLASS.matcher(c).find()) && photo(e) == null && !e.text().isBlank()
        && e.text().length() < 600;
  }

  /**
   * Reads the photo {@code img} of {@code e} (a figure) with its caption: the story's image when it
   * has none yet, else a caption kept in the body, in italics in a block quote, with its credit.
   * What the caption holds for screen readers only ("Image caption,") and a gallery's counter are
   * left out of it and named in the report.
   */
  static void read(StoryDraft story, Element e, Element img, Element figcaption) {
    String whole = figcaption == null ? "" : figcaption.text().strip();
    String captionText = shown(figcaption);
    if (story.image() != null) {
      another(story, e, img, figcaption);
      return;
    }
    Credited credited = credited(e, figcaption, captionText, captionText);
    String credit = credited.credit();
    String caption = credited.caption();
    int line = ArticleBody.line(e);
    caption = EmbargoOpening.leaveOut(story, List.of(line), caption);
    PhotoAddress address = PhotoAddress.of(img, e);
    String creditClean = credit.replaceFirst(CREDIT_LABEL, "");
    story.image(new ImageDraft(address.alt(), caption, creditClean, creditClean.matches("(?i)^file\\b.*"), address.src()));
    PhotoCredits.photographers(creditClean).forEach(p -> story.addCredit("photo", p));
    story.note(ReportEntry.moved("image.caption", List.of(line), List.of(caption), "", "the first figure's caption"));
    story.note(ReportEntry.moved("image.credit", List.of(line), List.of(creditClean), LeftOut.of(whole, List.of(caption, creditClean)),
        creditClean.isEmpty() ? "the figure has no credit: find out who took the photo" : "the first figure's credit"));
  }

  /**
   * Another photo of the story (a gallery's): a story has one image, so its caption stays in the body, in italics in a
   * block quote, as the plain-text importer keeps one, with a credit written beside it; its photographers go to
   * {@code credits.photo}; the report names its address, caption and credit, for the editor to add it by hand, and
   * what the body leaves out of its caption (a gallery's counter).
   */
  private static void another(StoryDraft story, Element e, Element img, Element figcaption) {
    String whole = figcaption == null ? "" : figcaption.text().strip();
    String captionText = shown(figcaption);
    int line = ArticleBody.line(e);
    String shown = EmbargoOpening.leaveOut(story, List.of(line), captionText);
    Credited credited = credited(e, figcaption, captionText, shown);
    String caption = credited.caption();
    String credit = credited.credit();
    if (credited.beside()) {
      shown = (captionText + " " + credit).strip();
    }
    String creditClean = credit.replaceFirst(CREDIT_LABEL, "");
    PhotoCredits.photographers(creditClean).forEach(p -> story.addCredit("photo", p));
    if (!shown.isEmpty()) {
      story.body().add("> *" + MarkdownText.escape(shown) + "*");
    }
    String address = PhotoAddress.of(img, e).src();
    story.note(new ReportEntry(ReportEntry.Kind.UNSURE, "", List.of(line), List.of(), LeftOut.of(whole, List.of(captionText)),
        "another figure's photo, not imported (a story has one image; add it by hand if it is meant to be published): "
            + (address.isEmpty() ? "no address" : address) + ", caption \"" + caption + "\", credit \"" + creditClean + "\""
            + (shown.isEmpty() ? "" : "; its caption is kept in the body")));
  }

  /** A figure's caption and its credit; {@code beside}: the credit's element stands outside the caption. */
  private record Credited(String caption, String credit, boolean beside) {}

  /**
   * The caption and credit of a figure: the credit's own element (the caption is then the caption's text without it: a
   * word of the credit that the caption also has, "AFP staff walk out of the AFP office", stays in the caption), else a
   * credit at the end of the caption's text.
   *
   * @param captionText the caption as shown
   * @param caption the caption to keep when the credit is found in no caption
   */
  private static Credited credited(Element figure, Element figcaption, String captionText, String caption) {
    Element marked = creditElement(figure, figcaption);
    if (marked != null) {
      marked.attr("data-briefing-used", "credit");
      boolean inside = figcaption != null && marked.parents().contains(figcaption);
      return new Credited(inside ? shown(figcaption) : caption, marked.text().strip(), !inside);
    }
    Optional<Caption> parsed = figcaption == null ? Optional.empty() : PhotoCredits.parse(captionText);
    return parsed.map(c -> new Credited(c.text(), c.credit(), false)).orElse(new Credited(caption, "", false));
  }

  /**
   * The label before a credit ("Photo:", "Photograph:", "Photographer:", "Pictures by", "Credit:", "Image source,"):
   * with its colon or comma only, so that "Photography Nord/Lund" keeps its name.
   */
  private static final String CREDIT_LABEL =
      "(?i)^(?:photo(?:graph|grapher)?|picture|image|credit)s?(?: by| credit| source)?\\s*[:,]\\s*";

  /** A class that marks a credit: {@code credit}, {@code photo-credit}, {@code copyright}; not {@code incredible}. */
  private static final Pattern CREDIT_CLASS = Pattern.compile("(?i)(?:^|[-_])(?:credits?|copyright|photographer)(?:$|[-_])");
  /** A class that marks a photo's source: {@code source}, {@code image-source}; not {@code resource-link}. */
  private static final Pattern SOURCE_CLASS = Pattern.compile("(?i)(?:^|[-_])source(?:$|[-_])");

  /**
   * The element of a figure that credits its photo: one marked as a credit (by its class or
   * microdata) anywhere in the figure, in or beside its caption; else, in the caption, a
   * {@code <small>}, or a {@code <cite>} that ends it. A {@code <cite>} inside the caption's
   * sentence names a work (a book, a report), not who took the photo.
   */
  private static Element creditElement(Element figure, Element figcaption) {
    List<Element> within = new ArrayList<>(figure.getAllElements());
    if (figcaption != null && !figcaption.parents().contains(figure)) {
      within.addAll(figcaption.getAllElements());
    }
    for (Pattern marked : List.of(CREDIT_CLASS, SOURCE_CLASS)) {
      for (Element found : within) {
        if (found != figure && found != figcaption && found.selectFirst("img") == null && !found.text().isBlank()
            && (found.classNames().stream().anyMatch(c -> marked.matcher(c).find())
                || marked == CREDIT_CLASS && found.attr("itemprop").equals("copyrightHolder"))) {
          return found;
        }
      }
    }
    if (figcaption == null) {
      return null;
    }
    Element small = figcaption.selectFirst("small");
    if (small != null && !small.text().isBlank()) {
      return small;
    }
    Element cite = figcaption.select("cite").last();
    return cite != null && !cite.text().isBlank() && figcaption.text().strip().endsWith(cite.text().strip()) ? cite : null;
  }

  /**
   * The caption's text as a reader sees it beside the photo: without what it hides (a screen reader's "Image caption,"),
   * without a gallery's counter ("1 of 8", in an element of its own that starts the caption or whose class says
   * counter) and without the credit's element once it is read; null gives "".
   */
  private static String shown(Element caption) {
    if (caption == null) {
      return "";
    }
    Element rest = caption.clone();
    rest.select("[data-briefing-used=credit]").remove();
    rest.getAllElements().stream().filter(x -> x != rest && Noise.inText(x).isPresent()).toList().forEach(Element::remove);
    for (Element x : rest.getAllElements()) {
      String text = x.text().strip();
      if (x != rest && COUNTER.matcher(text).matches()
          && (x.classNames().stream().anyMatch(c -> COUNTER_CLASS.matcher(c).find()) || opensBeforeASentence(rest, text))) {
        x.remove();
        break;
      }
    }
    return rest.text().strip();
  }

  /**
   * Whether a counter's words open the caption before a sentence of its own ("1 of 8 Stalls line the quay"): a word
   * in small letters after it goes on with the counter's words ("<b>3 of 4</b> turbines stood idle"), the caption's own.
   */
  private static boolean opensBeforeASentence(Element caption, String counter) {
    String all = caption.text().strip();
    if (!all.startsWith(counter)) {
      return false;
    }
    String after = all.substring(counter.length()).strip();
    return after.isEmpty() || !Character.isLowerCase(after.codePointAt(0));
  }
}
