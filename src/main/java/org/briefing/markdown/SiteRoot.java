package org.briefing.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

/**
 * A link or image of a text written from the site's root ({@code /about/}, {@code
 * /images/map.png}) is given the path the site is published under, as every address of the theme
 * is: under {@code https://example.org/briefings/} it leads to {@code /briefings/about/}, not to a
 * page of the host that is no page of the site. Raw HTML is published as written, and so is a path
 * that already starts with the site's path.
 */
final class SiteRoot {
  private SiteRoot() {}

  /**
   * {@code url}, with the path of the site's root ({@code basePath}, ending in "/") in place of its
   * leading "/". A path that already starts with the site's path is left as written: before links
   * were rooted so, an editor of a site under {@code /desk/} had to write {@code /desk/about/}.
   */
  static String rooted(String url, String basePath) {
    if (basePath.equals("/") || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")
        || url.startsWith(basePath) || url.equals(basePath.substring(0, basePath.length() - 1))) {
      return url;
    }
    return basePath + url.substring(1);
  }

  /** Flexmark's renderer asks this of each link and image it writes (inline, by reference, autolink). */
  static final class Links extends IndependentLinkResolverFactory {
    private final String basePath;

    Links(String basePath) {
      this.basePath = basePath;
    }

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      return (Node node, LinkResolverBasicContext c, ResolvedLink link) -> link.withUrl(rooted(link.getUrl(), basePath));
    }
  }
}
