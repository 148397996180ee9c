package org.briefing.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefing.config.SiteConfig;
import org.briefing.load.ContentLoader;
import org.briefing.load.FieldCheck;
import org.briefing.load.FieldSchema;
import org.briefing.load.RawArticle;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.markdown.MarkdownTooDeep;
import org.briefing.markdown.RenderedMarkdown;
import org.briefing.links.LinkPolicy;
import org.briefing.problem.Problems;

/** Reads the pages of {@code content/pages/}: their fields checked, their Markdown rendered, their addresses assigned. */
public final class PageAssembler {
  public static final FieldSchema SCHEMA = FieldSchema.of("a page", List.of("title", "description", "slug", "updated", "draft"))
      .alias("summary", "description")
      .alias("lastmod", "updated")
      .unknown("a page takes title, description, slug, updated and draft; the next build publishes it unless 'draft: true' holds it back")
      .holdingBy("draft")
      .refusingUnknown();

  private PageAssembler() {}

  /** The pages of a site: those published, by address, and the addresses of those held back as drafts. */
  public record Pages(List<SitePage> published, List<String> held) {}

  /** The published pages of {@code files}, by address; drafts only when {@code settings} builds them. */
  public static List<SitePage> assemble(List<ContentLoader.ContentFile> files, ContentLoader loader, SiteConfig config,
      BuildSettings settings, MarkdownRenderer markdown, Problems problems) {
    return read(files, loader, config, settings, markdown, problems).published();
  }

  /** As {@link #assemble}, with the addresses of the pages held back. */
  public static Pages read(List<ContentLoader.ContentFile> files, ContentLoader loader, SiteConfig config,
      BuildSettings settings, MarkdownRenderer markdown, Problems problems) {
    FieldCheck check = new FieldCheck(SCHEMA, java.util.Set.of(), "A page takes only title, description, slug, updated and draft.");
    List<SitePage> pages = new ArrayList<>();
    List<String> held = new ArrayList<>();
    for (ContentLoader.ContentFile file : files) {
      RawArticle raw = loader.readPage(file.path(), check);
      SitePage page = raw == null ? null : assemble(raw, loader.pageName(file.path()), config, settings, markdown, problems, held);
      if (page != null) {
        pages.add(page);
      }
    }
    pages.sort(Comparator.comparing(SitePage::path));
    held.sort(Comparator.naturalOrder());
    return new Pages(List.copyOf(pages), List.copyOf(held));
  }

  private static SitePage assemble(RawArticle raw, String name, SiteConfig config, BuildSettings settings,
      MarkdownRenderer markdown, Problems problems, List<String> held) {
    Fields f = new Fields(raw.file(), raw.meta(), problems);
    String title = f.required("title", "About us");
    ZonedDateTime updated = f.dateTime("updated", config.timeZone());
    boolean draft = f.bool("draft");
    String path = address(f, name);
    if (!f.failed() && draft && !settings.drafts()) {
      held.add(path);
    }
    if (f.failed() || draft && !settings.drafts()) {
      return null;
    }
    if (updated != null && !settings.future() && updated.toInstant().isAfter(settings.now())) {
      f.errorUntil("updated", updated.toInstant(), "the update date " + ArticleAssembler.shown(updated) + " is after the moment of this build ("
          + ArticleAssembler.shown(settings.now().atZone(config.timeZone())) + "), and would be published at once in the sitemap",
          "check the date (a typo of the year?); a page is updated by the first build after its update");
      return null;
    }
    RenderedMarkdown body;
    try {
      body = markdown.render(raw.body(), path);
    } catch (MarkdownTooDeep e) {
      problems.add(e.problem(raw.file(), raw.bodyLine()));
      return null;
    }
    body.refusedLinks().forEach(link -> f.errorAtLine(raw.bodyLine() + link.line() - 1, link.message(), LinkPolicy.HINT));
    ArticleAssembler.placeholder(f, raw, draft, "page");
    ArticleAssembler.placeholders(f, draft, "page", List.of());
    markdown.commentsClosedAtOnce(raw.body()).forEach(line -> f.errorAtLine(raw.bodyLine() + line - 1, MarkdownRenderer.CLOSED_AT_ONCE,
        MarkdownRenderer.CLOSED_AT_ONCE_HINT));
    ImageCredits.check(ImageCredits.at(raw.file(), raw.bodyLine(), body.images()), "the page's text", config.attribution(), draft, problems);
    return f.failed() ? null : new SitePage(raw.file(), path, title, f.text("description"), updated, body.html(), draft,
        body.links().stream().map(link -> link.at(raw.bodyLine() + link.line() - 1)).toList());
  }

  /**
   * "about/" for pages/about.md; "policies/ethics/" for pages/policies/ethics.md, "2021-22/" for
   * pages/2021-22.md; a written slug names the last folder. A year (pages/2021.md) is the date
   * archive's address, now or once a story of that year is out, and is an error.
   */
  private static String address(Fields f, String name) {
    String[] parts = name.split("/");
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      boolean written = last && !f.text("slug").isEmpty();
      String slug = written ? f.text("slug") : Slugs.ofFileName(parts[i]);
      if (i == 0 && isYear(slug)) {
        String message = "this page's address /" + slug + "/ is a year's in the date archive, where the site lists its stories of " + slug;
        String hint = "give the page another address: " + (written ? "change its 'slug:'" : last ? "rename the file or give the page a 'slug:'"
            : "rename the folder") + " with a word in it (for example 'year-" + slug + "')";
        if (written) {
          f.error("slug", message, hint);
        } else {
          f.errorInFile(message, hint);
        }
      }
      if (last && !f.text("slug").isEmpty() && !Slugs.isValid(slug)) {
        f.error("slug", "the slug '" + slug + "' cannot be used in a URL",
            "use lower-case letters, digits and single hyphens only, e.g. 'slug: " + Slugs.of(slug) + "'");
      }
      if (slug.isEmpty()) {
        f.error("title", "the file name '" + parts[i] + "' makes no address", "rename the file with letters or digits, e.g. about.md");
      }
      path.append(slug).append('/');
    }
    return path.toString();
  }

  private static boolean isYear(String slug) {
    return slug.matches("[0-9]{4}") && Integer.parseInt(slug) >= Fields.FIRST_YEAR && Integer.parseInt(slug) <= Fields.LAST_YEAR;
  }
}
