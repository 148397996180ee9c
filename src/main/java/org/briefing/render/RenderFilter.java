package org.briefing.render;

/**
 * Decides which pages to render, given each page's fingerprint (a fingerprint of its template
 * and of all the data it shows): a full build renders all, an incremental build only those whose
 * fingerprint changed since the last build.
 */
@FunctionalInterface
public interface RenderFilter {
  RenderFilter ALL = (path, fingerprint) -> true;

  boolean wanted(String path, long fingerprint);
}
