package org.briefing.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.links.PercentEscapes;
import org.briefing.links.RelativeAddress;
import org.briefing.links.WebAddress;
import org.briefing.markdown.WrittenLink;
import org.briefing.problem.Problems;
import org.briefing.problem.SourcePosition;

/**
 * Every link and image written in Markdown to an address of the site (from its root, relative to
 * the page of its text, or a full address on its host), every such url of a story's sources and
 * go_deeper links and of content/sources.yaml, and every web address of the menus must lead to something the build publishes:
 * a page, a feed, a file of static/ or a photo, a redirect of an alias or of the site's own
 * {@code _redirects}. One that does not is an error at its line: a dead link for readers, and when
 * the address is that of a story, page or edition held back, a leak of what is held (a story's
 * address holds its headline). One on this computer is an error too: no reader can reach it. It
 * runs in every build, on every text, once the build knows the site's addresses
 * (docs/architecture.md), so that each way of building gives the same errors.
 */
public final class OwnLinks {
  /** A text with links: its file, the address of its page ("2021/10/18/slug/", "about/") and its links at their lines. */
  public record Text(Path file, String path, List<WrittenLink> links) {}

  /** The path of the site's root on its host, its escapes decoded as those of the links are. */
  private final String basePath;
  /** The site's scheme and host as this build publishes them ("https://example.org"), for the full address a hint offers. */
  private final String origin;
  /** The site's host and port as base_url writes them, and as this build publishes it (--base-url, the preview). */
  private final WebAddress written;
  private final WebAddress built;
  private final Set<String> outputs;
  private final Set<String> redirects;
  private final Map<String, String> held;

  /**
   * @param writtenBase the site's address as briefing.yaml gives it (base_url), and {@code base} as this build publishes
   *     it: a full address on either's host ({@code https://example.org/desk/2021/…}) is one of the site's own; one on
   *     this computer (localhost), unless base_url names it, is one no reader can reach
   * @param basePath the path of the site's root on its host, ending in "/"
   * @param outputs the paths of every file the build publishes
   * @param redirects the addresses the site's own {@code static/_redirects} sends on, without leading "/"
   * @param held the addresses of the stories, pages and editions held back ("2021/10/20/slug/"), each with what holds it
   */
  public OwnLinks(java.net.URI writtenBase, java.net.URI base, String basePath, Set<String> outputs, Set<String> redirects,
      Map<String, String> held) {
    this.basePath = PercentEscapes.decoded(basePath.endsWith("/") ? basePath : basePath + "/");
    this.origin = base.getScheme() + "://" + base.getRawAuthority();
    this.written = WebAddress.of(writtenBase.toString());
    this.built = WebAddress.of(base.toString());
    this.outputs = outputs;
    this.redirects = redirects;
    this.held = held;
  }

  /**
   * The addresses held back, with what holds each: the stories left out ({@code waiting}), the
   * pages held as drafts ({@code pages}) and the editions only such stories belong to ({@code editions}).
   */
  public static Map<String, String> held(List<org.briefing.model.WaitingStory> waiting, List<String> pages, Map<String, String> editions) {
    Map<String, String> held = new java.util.HashMap<>(editions);
    pages.forEach(page -> held.put(page, "a page held back as a draft"));
    for (org.briefing.model.WaitingStory story : waiting) {
      held.put(story.path(), story.draft() ? "a story held back as a draft" : "a story dated later, which is not published yet");
    }
    return held;
  }

  /**
   * The texts of the site's pages and of its editions' notes, the urls of content/sources.yaml
   * (shown under every story that cites a source) and the web addresses of its menus (a path of the
   * site in a menu is checked as the site's pages are rendered, render's SitePages); a story's text
   * is a {@link Text} of its file and address.
   */
  public static List<Text> siteTexts(org.briefing.config.SiteConfig config, org.briefing.model.SourceRegistry sources,
      List<org.briefing.model.SitePage> pages, List<org.briefing.enrich.SiteShape.EditionAt> editions) {
    List<Text> texts = new java.util.ArrayList<>();
    if (!sources.links().isEmpty()) {
      texts.add(new Text(sources.file(), "", sources.links()));
    }
    pages.forEach(p -> texts.add(new Text(p.file(), p.path(), p.links())));
    editions.stream().filter(e -> !e.noteLinks().isEmpty()).forEach(e -> texts.add(new Text(e.file(), e.path(), e.noteLinks())));
    for (org.briefing.config.SiteConfig.MenuItem item : concat(config.menu(), config.footerMenu())) {
      WrittenLink link = item.isSitePath() || item.writtenAt() == null ? null : WrittenLink.of(item.writtenAt().line(), item.url(), false);
      if (link != null) {
        texts.add(new Text(item.writtenAt().file(), "", List.of(link)));
      }
    }
    return texts;
  }

  /**
   * Whether a build of the site at {@code base} (its base_url) checks the full address {@code url}
   * against what it publishes (on the site's host, under its path) or refuses it as one on this
   * computer: what {@code briefing import}, which cannot know what the site will publish, may not
   * write as a link. Read as {@link #check} reads it.
   */
  public static boolean checks(java.net.URI base, String url) {
    WrittenLink link = WrittenLink.of(0, url, false);
    WebAddress web = link == null ? null : WebAddress.of(link.url());
    if (web == null) {
      return false;
    }
    String basePath = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    OwnLinks own = new OwnLinks(base, base, basePath, Set.of(), Set.of(), Map.of());
    if (own.toThisComputer(web)) {
      return true;
    }
    String full = own.hostPath(link, web, "");
    return full != null && own.underRoot(full) != null;
  }

  /**
   * {@code links} without the full addresses on other hosts, which the check passes: what the site
   * graph keeps of a story's links for the edit way's check (a story may link to many other sites).
   */
  public List<WrittenLink> kept(List<WrittenLink> links) {
    List<WrittenLink> kept = new java.util.ArrayList<>(links.size());
    for (WrittenLink link : links) {
      WebAddress web = WebAddress.of(link.url());
      boolean elsewhere = web == null ? WebAddress.hasWebScheme(link.url())
          : !web.sameSite(written) && !web.sameSite(built) && !toThisComputer(web);
      if (!elsewhere) {
        kept.add(link);
      }
    }
    return kept.size() == links.size() ? links : List.copyOf(kept);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Reports each link of {@code texts} that leads to no address the site publishes. */
  public void check(Collection<Text> texts, Problems problems) {
    for (Text text : texts) {
      for (WrittenLink link : text.links()) {
        // read once: a story may link to many other sites, and the reading looks each name up in IDNA's tables
        WebAddress web = WebAddress.of(link.url());
        if (toThisComputer(web)) {
          problems.error(SourcePosition.of(text.file(), link.line()), "the " + (link.image() ? "image" : "link") + " '" + link.url()
                  + "' " + WebAddress.ON_THIS_COMPUTER,
              "write the address from the site's root (/2021/10/18/a-story/), or the address the story has on the published site");
          continue;
        }
        String full = hostPath(link, web, text.path());
        if (full == null) {
          continue;
        }
        String address = underRoot(full);
        if (address == null) {
          // a full address elsewhere on the host names another part of it; a path is the site's own, and this one leaves it
          if (web == null) {
            reportLeaving(text.file(), link, full, problems);
          }
        } else if (!published(address)) {
          report(text.file(), link, address, problems);
        }
      }
    }
  }

  private void reportLeaving(Path file, WrittenLink link, String full, Problems problems) {
    boolean rooted = link.html() && !RelativeAddress.isRelativePath(link.url());
    problems.error(SourcePosition.of(file, link.line()), "the " + (link.image() ? "image" : "link") + " '" + link.url()
            + "' leads out of the site: it is " + full + " on the site's host, outside " + basePath
            + ", where the site is published" + (rooted ? " (HTML written in Markdown is published as written, without the site's path)" : "")
            + ", and would lead elsewhere wherever the site is published at another address",
        rooted
            ? "for the site's own page or file, write the site's path in front (" + basePath + full.substring(1) + "); for that page of"
                + " the host, write its full address (" + origin + full + ")"
            : "for that page of the host, write its full address (" + origin + full + "); for a page or file of the site, write its path"
                + " from the site's root (/about/, /images/map.png), which is given the site's own");
  }

  private void report(Path file, WrittenLink link, String address, Problems problems) {
    String kind = link.image() ? "image" : "link";
    String why = held.get(folder(address));
    SourcePosition at = SourcePosition.of(file, link.line());
    if (why != null) {
      problems.error(at, "the " + kind + " '" + link.url() + "' leads to " + why + ": the site publishes nothing at /" + address
              + " yet, and the link would give its address away before it is out (a story's address holds its headline)",
          "take the link out until what it leads to is published, or publish that first");
    } else {
      problems.error(at, "the " + kind + " '" + link.url() + "' leads to no address of the site: nothing is published at /" + address
              + ", and readers would find " + (link.image() ? "a broken image" : "a missing page"),
          "write the address of a page or file the site publishes (a story's address is its date and its slug, "
              + "a file of static/ keeps its path), or a full https:// address");
    }
  }

  /** "about" and "about/index.html" as the folder "about/" whose page they are; another address as it is. */
  private static String folder(String address) {
    if (address.isEmpty() || address.endsWith("/")) {
      return address;
    }
    return address.endsWith("/index.html") ? address.substring(0, address.length() - "index.html".length()) : address + "/";
  }

  /** Whether something is published at {@code address}, or the host sends it on: a folder to its page, an alias to its story. */
  private boolean published(String address) {
    if (address.isEmpty() || outputs.contains(address)) {
      return true;
    }
    String folder = folder(address);
    if (outputs.contains(folder + "index.html")) {
      return true;
    }
    String bare = folder.substring(0, folder.length() - 1);
    return redirects.contains(address) || redirects.contains(folder) || redirects.contains(bare);
  }

  /**
   * The path from the host's root that {@code url} ({@code web} when it is a full address), written
   * in the text of the page at {@code page}, leads to as the renderer publishes it, without its query
   * and fragment, with its escapes decoded and its dots resolved; null for the page itself (a query
   * or fragment alone) and for an address on another host.
   */
  private String hostPath(WrittenLink link, WebAddress web, String page) {
    String url = link.url();
    if (web == null && WebAddress.hasWebScheme(url) || web != null && !web.sameSite(written) && !web.sameSite(built)) {
      return null;
    }
    String text = web != null ? web.rest() : url;
    int end = text.length();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '?' || text.charAt(i) == '#') {
        end = i;
        break;
      }
    }
    String path = PercentEscapes.decoded(text.substring(0, end));
    if (web != null) {
      // a full address's path is read from the host's root, where the site is at its sub-path
      path = path.isEmpty() ? "/" : path;
    } else if (path.isEmpty()) {
      return null;
    }
    // a path as the renderer publishes it: rooted, a path already under the site's path left as written, a relative one read from the
    // page; raw HTML's as written, a relative one read from the page as on the page itself
    if (web == null && !(link.html() && !RelativeAddress.isRelativePath(path))) {
      path = RelativeAddress.published(path, basePath, page);
    }
    return RelativeAddress.withoutDots(path.replace('\\', '/'));
  }

  /** The address below the site's root of {@code full}, a path from the host's root; null when it is outside the site. */
  private String underRoot(String full) {
    if ((full + "/").equals(basePath)) {
      return "";
    }
    return full.startsWith(basePath) ? full.substring(basePath.length()) : null;
  }

  /** Whether {@code url} is a full address on this computer (localhost, 127.0.0.1, [::1], in any spelling), unless the site itself is there. */
  private boolean toThisComputer(WebAddress web) {
    return web != null && web.thisComputer() && (written == null || !written.thisComputer());
  }
}
