package org.briefing.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.briefing.links.RelativeAddress;

/**
 * A link or image of a text written from the site's root ({@code /about/}, {@code
 * /images/map.png}) is given the path the site is published under, as every address of the theme
 * is: under {@code https://example.org/briefings/} it leads to {@code /briefings/about/}, not to a
 * page of the host that is no page of the site. A relative one ({@code ../17/other-story/}) is
 * read from the address of the page the text belongs to and published from the host's root, so
 * that it leads to the same place on every page that shows the text (the front page, an edition,
 * the feeds, the email). Raw HTML is published as written, and so is a path that already starts
 * with the site's path ({@link RelativeAddress#published}, which also publishes the links of a
 * story's fields).
 */
final class SiteRoot {
  /** The address below the site's root of the page a document's text belongs to ("2021/10/18/story/"); none for text of no page. */
  static final NullableDataKey<String> PAGE = new NullableDataKey<>("BRIEFING_PAGE");

  private SiteRoot() {}

  /** Flexmark's renderer asks this of each link and image it writes (inline, by reference, autolink). */
  static final class Links extends IndependentLinkResolverFactory {
    private final String basePath;

    Links(String basePath) {
      this.basePath = basePath;
    }

    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      // an autolink's or e-mail address's text is no path, whatever it looks like ("www.x.org", "desk@x.org")
      return (Node node, LinkResolverBasicContext c, ResolvedLink link) -> link.withUrl(RelativeAddress.published(link.getUrl(), basePath,
          node instanceof Link || node instanceof Image || node instanceof RefNode ? PAGE.get(c.getDocument()) : null));
    }
  }
}
