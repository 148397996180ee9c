package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ImportNothingLostTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final MutableDataSet MARKDOWN = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
      FootnoteExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()));

  @Test
  void everyWordOfGeneratedAgencyCopyIsInTheOutputOrNamedInTheReport() {
    for (long seed = 1; seed <= 300; seed++) {
      AgencyCopyGenerator.Story story = new AgencyCopyGenerator(seed).next();
      ImportResult result = new Importer(ImportOptions.none().withDate("2021-10-18"))
          .importBytes("story.txt", story.text().getBytes(StandardCharsets.UTF_8));
      ImportedFile file = ImportedFile.of(result);
      String context = "seed " + seed + "\n" + story.text() + "\n" + result.markdown();

      List<String> inputLines = List.of(story.text().split("\n", -1));
      Set<Integer> outOfBody = new HashSet<>();
      List<String> accounted = new ArrayList<>();
      for (ReportEntry e : result.report()) {
        if (e.kind() == ReportEntry.Kind.MOVED || e.kind() == ReportEntry.Kind.DROPPED) {
          outOfBody.addAll(e.lines());
          accounted.add(e.leftOut());
          if (e.kind() == ReportEntry.Kind.MOVED) {
            accounted.addAll(e.values());
            e.values().forEach(v -> assertThat(frontMatterValues(file.front())).as(context).contains(v));
          }
        }
      }
      List<String> bodyLines = new ArrayList<>();
      for (int i = 0; i < inputLines.size(); i++) {
        if (!outOfBody.contains(i + 1)) {
          bodyLines.add(inputLines.get(i));
        }
      }
      Document rendered = Jsoup.parse(render(file.body()));
      assertThat(words(rendered.text())).as("body words in order: " + context).isEqualTo(words(String.join(" ", bodyLines)));
      Map<String, Integer> all = counts(words(story.text()));
      Map<String, Integer> out = counts(words(rendered.text() + " " + String.join(" ", accounted)));
      assertThat(out).as("all words: " + context).isEqualTo(all);

      List<String> renderedParagraphs = rendered.select("p, li, h2").stream().map(Element::text).toList();
      for (String paragraph : story.paragraphs()) {
        String expected = paragraph.replaceFirst("^(?:1\\. |# )", "");
        assertThat(renderedParagraphs).as("renders as written: " + context).anyMatch(p -> p.endsWith(expected));
      }
      assertThat(file.text("title")).as(context).isEqualTo(story.headline());
      assertThat(file.text("standfirst")).as(context).isEqualTo(story.standfirst().isEmpty() ? null : story.standfirst());
      if (!story.caption().isEmpty()) {
        assertThat(file.map("image")).as(context).containsEntry("caption", story.caption()).containsEntry("credit", story.credit());
        assertThat(file.map("credits")).as(context).containsEntry("photo", List.of(story.photographer()));
      }
      assertThat(file.list("authors")).as(context).containsExactlyElementsOf(story.authors());
      if (!story.place().isEmpty()) {
        assertThat(file.list("places")).as(context).hasSize(1);
        assertThat(file.list("places").get(0).toString()).as(context).isEqualToIgnoringCase(story.place());
        String agency = Organisations.lookup(story.agency()).orElseThrow().name();
        assertThat(file.list("sources")).as(context).anyMatch(s -> ((Map<?, ?>) s).get("name").equals(agency));
      }
      assertThat(new Importer(ImportOptions.none().withDate("2021-10-18"))
          .importBytes("story.txt", story.text().getBytes(StandardCharsets.UTF_8)).markdown())
          .as("re-import is identical").isEqualTo(result.markdown());
    }
  }

  static String render(String markdown) {
    return HtmlRenderer.builder(MARKDOWN).build().render(Parser.builder(MARKDOWN).build().parse(markdown));
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static Map<String, Integer> counts(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    words.forEach(w -> counts.merge(w, 1, Integer::sum));
    return counts;
  }

  private static String frontMatterValues(Object node) {
    StringBuilder out = new StringBuilder();
    if (node instanceof Map<?, ?> map) {
      map.values().forEach(v -> out.append(frontMatterValues(v)).append('\n'));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> out.append(frontMatterValues(v)).append('\n'));
    } else if (node != null) {
      out.append(node);
    }
    return out.toString();
  }
}
