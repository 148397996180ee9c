package org.briefing.enrich;

import org.briefing.config.SiteConfig;
import org.briefing.load.YamlData;
import org.briefing.load.YamlText;
import org.briefing.model.Article;
import org.briefing.model.Source;
import org.briefing.problem.Problem;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * No story without its sources, no photo without its credit: an error when strict, else a
 * warning. A story credited only to unnamed agencies ("News Agencies") gets a warning either way:
 * it has a source line, but names nobody a reader could check.
 */
public final class AttributionCheck {
  private final SiteConfig.Attribution policy;
  private final Problems problems;

  public AttributionCheck(SiteConfig.Attribution policy, Problems problems) {
    this.policy = policy;
    this.problems = problems;
  }

  /**
   * A draft may still lack its sources: previewing it (build --drafts) warns, and the check is an
   * error only once the story is to be published.
   */
  public void check(Article article, YamlData meta) {
    if (article.sources().isEmpty()) {
      report(article, meta.positionOf(article.file(), meta.values().containsKey("sources") ? "sources" : "title"),
          "the story '" + article.title() + "' names no sources",
          "add 'sources:' with at least one entry, e.g. '- {name: Reuters, url: https://…}' or an id from content/sources.yaml");
    }
    if (!article.sources().isEmpty() && article.sources().stream().allMatch(Source::isUnnamedAgency)) {
      String credits = String.join("', '", article.sources().stream().map(Source::name).toList());
      problems.add(Problem.warning(meta.positionOf(article.file(), "sources"),
          "the story names no specific source: '" + credits + "' names no agency",
          "name the agencies the copy came from, e.g. '- reuters' or '- {name: AFP}'"));
    }
    org.briefing.model.Photo photo = article.image();
    if (photo != null && photo.creditEmbedded()) {
      problems.add(Problem.warning(meta.positionOf(article.file(), "image"),
          "the photo's credit is taken from its file: '" + photo.credit() + "'",
          "check it and write it under 'image:' as 'credit: " + YamlText.scalar(photo.credit()) + "'; this warning then goes"));
    } else if (photo != null && photo.info() != null && !photo.credit().isEmpty()
        && disagree(photo.credit(), photo.info().embedded().bestCredit())) {
      problems.add(Problem.warning(meta.positionOf(article.file(), "image.credit"),
          "the photo's credit '" + photo.credit() + "' differs from the one in its file, '" + photo.info().embedded().bestCredit() + "'",
          "check which is right with the agency; the story's own credit is the one published"));
    }
    Object writtenCaption = meta.values().get("image") instanceof java.util.Map<?, ?> image ? image.get("caption") : null;
    if (photo != null && photo.info() != null && !photo.caption().isEmpty()
        && (writtenCaption == null || String.valueOf(writtenCaption).isBlank())) {
      embeddedCaption(article, meta, photo.caption());
    }
    Object written = meta.values().get("image") instanceof java.util.Map<?, ?> image ? image.get("credit") : null;
    boolean placeholder = written != null && org.briefing.problem.VisibleText.has(String.valueOf(written));
    if (article.image() != null && article.image().credit().isEmpty()) {
      report(article, meta.positionOf(article.file(), written != null ? "image.credit" : "image"),
          placeholder ? "the credit '" + String.valueOf(written).strip() + "' of the story's image names no one" : "the story's image has no credit",
          placeholder ? "write who took or made the photo, and for whom, e.g. 'credit: Jane Doe/Agency'"
              : "add 'credit:' under 'image:', e.g. 'credit: Jane Doe/Agency', or delete the whole 'image:' block if the story has no photo");
    }
  }

  /**
   * A caption the story does not write is taken from the photo's file, which the editor may never
   * have read: a warning says so, as for the credit; one that holds the agency's notes to its
   * editors ("ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY") would publish
   * them under the photo, and stops the build unless the story is a draft.
   */
  private void embeddedCaption(Article article, YamlData meta, String caption) {
    SourcePosition at = meta.positionOf(article.file(), "image");
    int notes = org.briefing.problem.AgencyNotes.start(caption);
    if (notes >= 0) {
      String rest = caption.substring(notes).strip().replace('\n', ' ');
      String message = "the photo's caption, taken from its file, holds the agency's notes to editors ('"
          + (rest.length() <= 100 ? rest : rest.substring(0, 100).strip() + "\u2026") + "'), which would be published under it";
      String hint = "write the caption under 'image:' as 'caption: …', in your own words or the agency's without its notes";
      problems.add(article.draft() ? Problem.warning(at, message, hint) : Problem.error(at, message, hint));
      return;
    }
    problems.add(Problem.warning(at, "the photo's caption is taken from its file: '" + caption.replace('\n', ' ') + "'",
        "check it and write it under 'image:' as 'caption: " + YamlText.scalar(caption) + "'; this warning then goes"));
  }

  /**
   * Whether two credits name different people or agencies: not when one holds the other once case,
   * spaces, punctuation and a leading "Photo:" are set aside ("Photo: AP/Jo Lee" and "Jo Lee/AP" agree,
   * as do "AP" and "Jo Lee/AP").
   */
  static boolean disagree(String written, String embedded) {
    if (embedded.isEmpty()) {
      return false;
    }
    java.util.Set<String> a = words(written);
    java.util.Set<String> b = words(embedded);
    return !a.containsAll(b) && !b.containsAll(a);
  }

  static java.util.Set<String> words(String credit) {
    String text = credit.toLowerCase(java.util.Locale.ROOT).replaceFirst("^\\s*(photo|photograph|picture|image)s?\\s*:", "");
    java.util.Set<String> words = new java.util.TreeSet<>(java.util.Arrays.asList(text.split("[^\\p{L}\\p{N}]+")));
    words.remove("");
    return words;
  }

  private void report(Article article, SourcePosition at, String message, String hint) {
    problems.add(policy == SiteConfig.Attribution.STRICT && !article.draft() ? Problem.error(at, message, hint) : Problem.warning(at, message, hint));
  }
}
