package org.briefing.model;

import java.util.List;

/**
 * A list of stories that tells where each of them stands in the site's order without reading it.
 * A page's fingerprint is made of the fingerprints of the stories it is given, which a rebuild
 * knows by position: a page given every story (the topics index) is then fingerprinted without
 * a story being read from the cache.
 */
public interface SitePositions extends List<Article> {
  /** The position in site order of the story at {@code index}; asking counts as reading that story. */
  int sitePosition(int index);
}
