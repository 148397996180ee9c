package org.briefing.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The links and images of a document (refused ones already taken out) whose address may be the
 * site's own: those with no scheme, and http(s) ones, which may name the site's host or this
 * computer; inline ones at their line, those by reference at the line of their definition, once.
 * Raw HTML is published as written and is not read here (docs/links.md).
 */
final class LocalLinks {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern WEB = Pattern.compile("^(?i)https?://");

  private LocalLinks() {}

  static List<WrittenLink> of(Document document) {
    List<WrittenLink> out = new ArrayList<>();
    Set<Reference> seen = new HashSet<>();
    for (Node node = document.getFirstChild(); node != null; node = LinkGuard.next(node, document)) {
      if (node instanceof Link || node instanceof Image) {
        add(out, node.getStartLineNumber() + 1, ((com.vladsch.flexmark.ast.LinkNodeBase) node).getUrl().unescape(), node instanceof Image);
      } else if (node instanceof RefNode ref) {
        Reference reference = ref.getReferenceNode(document);
        if (reference != null && seen.add(reference)) {
          add(out, reference.getStartLineNumber() + 1, reference.getUrl().unescape(), node instanceof ImageRef);
        }
      }
    }
    return out;
  }

  private static void add(List<WrittenLink> out, int line, String url, boolean image) {
    String address = url.strip();
    if (WEB.matcher(address).find()
        || !address.isEmpty() && address.charAt(0) != '#' && !address.startsWith("//") && !SCHEME.matcher(address).find()) {
      out.add(new WrittenLink(line, address, image));
    }
  }
}
