package org.briefing.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.bench.CorpusGenerator;
import org.briefing.load.FrontMatter;
import org.briefing.load.YamlData;
import org.briefing.load.YamlReader;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.markdown.RenderedMarkdown;
import org.briefing.model.BuildSettings;
import org.briefing.summary.ArticleText;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A synthetic site written by the benchmark corpus generator into a temporary folder, with its
 * stories read, split and rendered once, so that each benchmark times only its own step.
 */
@State(Scope.Benchmark)
public class Corpus {
  /** After every generated story, so none is left out as "future". */
  static final Instant NOW = Instant.parse("2022-06-01T00:00:00Z");

  @Param("200")
  public int stories;

  Path dir;
  Path site;
  List<Path> files;
  List<String> texts;
  List<FrontMatter> parts;
  MarkdownRenderer markdown;
  List<RenderedMarkdown> rendered;
  List<ArticleText> articleTexts;
  List<YamlData> meta;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("briefing-jmh-");
    new CorpusGenerator(stories, 42).write(dir);
    site = dir.resolve("site");
    try (Stream<Path> list = Files.list(site.resolve("content/stories"))) {
      files = list.sorted().toList();
    }
    texts = new ArrayList<>();
    parts = new ArrayList<>();
    rendered = new ArrayList<>();
    articleTexts = new ArrayList<>();
    meta = new ArrayList<>();
    markdown = new MarkdownRenderer(false);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      FrontMatter fm = FrontMatter.split(text, file);
      YamlData yaml = YamlReader.read(fm.yaml(), file, fm.yamlLine());
      RenderedMarkdown html = markdown.render(fm.body());
      texts.add(text);
      parts.add(fm);
      meta.add(yaml);
      rendered.add(html);
      articleTexts.add(new ArticleText((String) yaml.values().get("title"), (String) yaml.values().get("standfirst"), html.paragraphs()));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  BuildSettings settings() {
    return new BuildSettings(site, false, false, NOW);
  }

  int size() {
    return files.size();
  }
}
