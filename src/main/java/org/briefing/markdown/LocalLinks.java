package org.briefing.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The links and images of a document (refused ones already taken out) whose address may be the
 * site's own ({@link WrittenLink#of}): inline ones and autolinks ({@code <https://…>}, a bare
 * address) at their line, those by reference at the line of their definition, once. Raw HTML is
 * published as written and is not read here (docs/links.md).
 */
final class LocalLinks {
  private LocalLinks() {}

  static List<WrittenLink> of(Document document) {
    List<WrittenLink> out = new ArrayList<>();
    Set<Reference> seen = new HashSet<>();
    for (Node node = document.getFirstChild(); node != null; node = LinkGuard.next(node, document)) {
      if (node instanceof Link || node instanceof Image) {
        add(out, node.getStartLineNumber() + 1, ((LinkNodeBase) node).getUrl().unescape(), node instanceof Image);
      } else if (node instanceof AutoLink autoLink) {
        // a bare www. address is published with http:// in front (CommonHtml, Flexmark's renderer)
        String url = autoLink.getText().toString();
        add(out, node.getStartLineNumber() + 1, url.startsWith("www.") ? "http://" + url : url, false);
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
    WrittenLink link = WrittenLink.of(line, url, image);
    if (link != null) {
      out.add(link);
    }
  }
}
