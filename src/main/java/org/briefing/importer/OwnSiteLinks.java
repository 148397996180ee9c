package org.briefing.importer;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.links.WebAddress;
import org.briefing.pipeline.OwnLinks;

/**
 * Leaves out of an imported story the links a build of the site refuses: one to an address of the
 * site (on its host, under its path), which must lead to a page the site publishes, and the import
 * cannot know which will be, and one to this computer, which no reader can reach. The build's own
 * check decides which ({@link OwnLinks#checks}). The words of such a link stay in the text as words,
 * an address written out stays as text, a source keeps its name, and each address is reported, as
 * the other addresses a story cannot keep are.
 */
final class OwnSiteLinks {
  /** A link as the importer writes one: {@code [words](address)} or {@code [words](<address>)}, not after a backslash. */
  private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\[((?:\\\\.|[^\\\\\\]])*)\\]\\((?:<([^>\\n]*)>|([^\\s()<>]+))\\)");

  private final URI site;
  private final StoryDraft story;

  private OwnSiteLinks(URI site, StoryDraft story) {
    this.site = site;
    this.story = story;
  }

  /** Leaves out of {@code story} the links a build of the site at {@code site} (its base_url; null for none) refuses. */
  static void leaveOut(StoryDraft story, URI site) {
    if (site == null) {
      return;
    }
    OwnSiteLinks links = new OwnSiteLinks(site, story);
    List<String> body = story.body();
    for (int i = 0; i < body.size(); i++) {
      body.set(i, links.block(body.get(i)));
    }
    List<SourceRef> sources = story.sources();
    for (int i = 0; i < sources.size(); i++) {
      SourceRef source = sources.get(i);
      if (!source.url().isEmpty() && OwnLinks.checks(site, source.url())) {
        sources.set(i, new SourceRef(source.name(), "", source.type(), source.id()));
        story.note(ReportEntry.dropped(List.of(), source.url(), "the address of the source '" + source.name() + "', left out as "
            + links.why(source.url()) + "; the source keeps its name"));
      }
    }
  }

  /** A block of the body without the links the build refuses: a link's words stay, an address written out stays as text. */
  private String block(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    Matcher link = LINK.matcher(markdown);
    int from = 0;
    while (link.find()) {
      out.append(text(markdown.substring(from, link.start())));
      from = link.end();
      String url = link.group(2) != null ? link.group(2) : link.group(3);
      if (!OwnLinks.checks(site, url)) {
        out.append(link.group());
        continue;
      }
      // the words may be the address itself, which would be made a link again once out of the link's brackets
      out.append(MarkdownText.withoutAutolinks(link.group(1), address -> true));
      story.note(new ReportEntry(ReportEntry.Kind.DROPPED, "", List.of(), List.of(), url,
          "the address of the link '" + link.group(1).replaceAll("\\\\(.)", "$1") + "', left out as " + why(url) + "; its words stay in the text"));
    }
    return out.append(text(markdown.substring(from))).toString();
  }

  /** Text between links, its addresses written out that the build would check shown as text. */
  private String text(String markdown) {
    return MarkdownText.withoutAutolinks(markdown, url -> {
      boolean refused = OwnLinks.checks(site, url);
      if (refused) {
        story.note(ReportEntry.dropped(List.of(), url, "the address written out in the text, no link any more: " + why(url)
            + "; it stays in the text as words"));
      }
      return refused;
    });
  }

  private String why(String url) {
    WebAddress web = WebAddress.of(url);
    return web != null && web.thisComputer()
        ? "it leads to this computer (an address of a preview or a test server), which readers cannot reach"
        : "it is an address of this site (base_url " + site + "), where a link must lead to a page the site publishes, which an"
            + " import cannot know (if it is one, link the words to its path, /2021/10/18/story/, by hand)";
  }
}
