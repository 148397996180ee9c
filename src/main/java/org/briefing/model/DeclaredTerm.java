package org.briefing.model;

import java.util.List;
import org.briefing.problem.SourcePosition;

/**
 * A term a grouping's term file declares ({@code content/authors.yaml}): the name its page
 * shows whatever spelling a story uses, the other spellings that mean it, and what its page
 * says of it. Every text is plain.
 *
 * @param role what an author does ("Brussels correspondent"), empty when not said
 * @param photo a photo of the term (an author's portrait), null when there is none
 * @param links addresses about the term elsewhere (a profile, an encyclopedia entry), each allowed by the link policy
 * @param writtenAt the term's line in its file
 */
public record DeclaredTerm(String name, String slug, List<String> aliases, String description, String role, String bio,
    TermPhoto photo, List<String> links, SourcePosition writtenAt) {

  /** A term's photo: a file of the site's {@code static/} folder ("/images/ana.jpg") or a web address, its text and credit. */
  public record TermPhoto(String src, String alt, String credit) {}
}
