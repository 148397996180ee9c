package org.briefing.summary.input;

import org.briefing.summary.Quotations;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.briefing.summary.ArticleText;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a Markdown content file as the summarizer sees it: the title and standfirst from the
 * front matter, and the body's prose paragraphs and list items as plain text. Headings, images,
 * captions set in emphasis, block quotes, code, tables, HTML, bylines and paragraphs that are only
 * a quotation are left out; an editor's {@code summary} is ignored, since the body is what gets
 * summarized.
 */
public final class MarkdownArticles {
  private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+\\S+(\\s+\\S+){0,4}$");

  private final Parser parser;

  public MarkdownArticles() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    parser = Parser.builder(options).build();
  }

  /** The article in {@code text}, read from {@code file} (named in errors). */
  public ArticleText parse(String text, Path file) throws UnreadableArticleException {
    List<String> lines = text.lines().toList();
    Map<?, ?> front = Map.of();
    int bodyStart = 0;
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      int end = 1;
      while (end < lines.size() && !lines.get(end).strip().equals("---")
          && !lines.get(end).strip().equals("...")) {
        end++;
      }
      if (end == lines.size()) {
        throw new UnreadableArticleException(file,
            "the front matter that starts on line 1 is never closed; end it with a line of three dashes (---)");
      }
      front = frontMatter(String.join("\n", lines.subList(1, end)), file);
      bodyStart = end + 1;
    }
    String body = String.join("\n", lines.subList(bodyStart, lines.size()));
    List<String> paragraphs = new ArrayList<>();
    collect(parser.parse(body), paragraphs);
    return new ArticleText(string(front.get("title")), string(front.get("standfirst")), paragraphs);
  }

  private static Map<?, ?> frontMatter(String yaml, Path file) throws UnreadableArticleException {
    Object loaded;
    try {
      loaded = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(yaml);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(1);
      throw new UnreadableArticleException(file,
          "line " + line + ": the front matter is not valid YAML (" + e.getProblem() + ")");
    } catch (YamlEngineException e) {
      throw new UnreadableArticleException(file, "the front matter is not valid YAML (" + e.getMessage() + ")");
    }
    if (loaded == null) {
      return Map.of();
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new UnreadableArticleException(file,
          "the front matter must be a set of 'key: value' lines such as 'title: ...'");
    }
    return map;
  }

  private static String string(Object value) {
    return value == null ? "" : value.toString().strip();
  }

  private static void collect(Node parent, List<String> out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Paragraph) {
        addProse(node, out);
      } else if (node instanceof BulletList || node instanceof OrderedList) {
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem) {
            collect(item, out);
          }
        }
      }
    }
  }

  private static void addProse(Node paragraph, List<String> out) {
    if (isCaptionOrImage(paragraph)) {
      return;
    }
    String text = new TextCollectingVisitor().collectAndGetText(paragraph).strip();
    if (text.isEmpty() || BYLINE.matcher(text).matches() || isQuoteOnly(text)) {
      return;
    }
    out.add(text);
  }

  /** A paragraph of only images, or only emphasised text (the usual way to set a caption). */
  private static boolean isCaptionOrImage(Node paragraph) {
    boolean onlyImagesOrEmphasis = true;
    boolean hasImage = false;
    boolean hasEmphasis = false;
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Image) {
        hasImage = true;
      } else if (child instanceof Emphasis || child instanceof StrongEmphasis) {
        hasEmphasis = true;
      } else if (!(child instanceof Text && child.getChars().isBlank()) && !child.getChars().isBlank()) {
        onlyImagesOrEmphasis = false;
      }
    }
    return onlyImagesOrEmphasis && (hasImage || hasEmphasis);
  }

  /** A paragraph that is nothing but one quotation, such as a pull quote. */
  static boolean isQuoteOnly(String text) {
    return Quotations.isOneQuotation(text);
  }

}
