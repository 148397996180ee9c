package org.briefing.summary.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.summary.ArticleText;
import org.briefing.summary.ExtractiveSummarizer;
import org.briefing.summary.SummaryBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
  @TempDir Path dir;
  private final ArticleFiles files = new ArticleFiles();

  @Test
  void plainTextWithBlankLinesJoinsWrappedLinesIntoParagraphs() throws Exception {
    Path file = write("a.txt", "Ferry strike ends\n\nThe ferry strike ended\non Tuesday.\n\nServices resume today.\n");
    ArticleText article = files.read(file);
    assertThat(article.title()).isEqualTo("Ferry strike ends");
    assertThat(article.paragraphs()).containsExactly("The ferry strike ended\non Tuesday.", "Services resume today.");
  }

  @Test
  void plainTextWithoutBlankLinesHasOneParagraphPerLine() throws Exception {
    Path file = write("b.txt", "\uFEFFFerry strike ends\nThe strike ended.\nServices resume.\n");
    ArticleText article = files.read(file);
    assertThat(article.title()).isEqualTo("Ferry strike ends");
    assertThat(article.paragraphs()).containsExactly("The strike ended.", "Services resume.");
  }

  @Test
  void markdownKeepsProseAndDropsEverythingElse() throws Exception {
    Path file = write("c.md", """
        ---
        title: Ferry strike ends
        standfirst: Crews accept a new pay offer
        summary: Not the body.
        ---
        # A heading

        ![A ferry](ferry.jpg)

        *Crews on the quay. Photo: staff*

        By Lee Park

        PORTSMOUTH (Wire) - The ferry strike ended on Tuesday after crews accepted a **new** [pay offer](https://example.org).

        > A pull quote from the story.

        "We are glad it is over."

        - Services resume today.
        - Fares are unchanged.

        ```
        code is not prose
        ```

        <!-- more -->
        """);
    ArticleText article = files.read(file);
    assertThat(article.title()).isEqualTo("Ferry strike ends");
    assertThat(article.standfirst()).isEqualTo("Crews accept a new pay offer");
    assertThat(article.paragraphs()).containsExactly(
        "PORTSMOUTH (Wire) - The ferry strike ended on Tuesday after crews accepted a new pay offer.",
        "Services resume today.", "Fares are unchanged.");
  }

  /** The words a site build hands the summarizer: every prose paragraph of the rendered body. */
  private static ArticleText asTheBuildReadsIt(String title, String body) {
    return new ArticleText(title, "", new MarkdownRenderer(false).render(body).paragraphs());
  }

  @Test
  void summarizeAndTheSiteBuildSummarizeTheSameWords() throws Exception {
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    for (String opening : List.of("EU - UK trade talks broke down", "LONDON (Wire) - Trade talks broke down")) {
      String body = opening + " on Monday after both sides failed to agree on fishing rights.\n\n"
          + "Officials said the talks could resume next week if a compromise on quotas was found.\n";
      Path file = write("talks.md", "---\ntitle: Trade talks resume\n---\n\n" + body);
      List<String> command = summarizer.summarize(files.read(file), SummaryBudget.DEFAULT);
      List<String> build = summarizer.summarize(asTheBuildReadsIt("Trade talks resume", body), SummaryBudget.DEFAULT);
      assertThat(command).as(opening).isEqualTo(build);
      assertThat(command.get(0)).as(opening).startsWith(opening.startsWith("EU") ? "EU - UK trade talks" : "Trade talks");
    }
  }

  @Test
  void aQuotationFollowedByItsSpeakerIsProse() {
    assertThat(MarkdownArticles.isQuoteOnly("\"We are glad it is over.\"")).isTrue();
    assertThat(MarkdownArticles.isQuoteOnly("“Never again.”")).isTrue();
    assertThat(MarkdownArticles.isQuoteOnly("\"We are glad,\" said the union.")).isFalse();
    assertThat(MarkdownArticles.isQuoteOnly("\"One,\" he said, \"two.\"")).isFalse();
    assertThat(MarkdownArticles.isQuoteOnly("‘We won’t go back, not to the drivers’ old terms.’")).isTrue();
    assertThat(MarkdownArticles.isQuoteOnly("'Never again.'")).isTrue();
    assertThat(MarkdownArticles.isQuoteOnly("‘One,’ he said, ‘two.’")).isFalse();
    assertThat(MarkdownArticles.isQuoteOnly("\"We left.\" \"They stayed.\"")).isFalse();
  }

  @Test
  void badFrontMatterNamesTheFileAndLine() throws Exception {
    Path file = write("bad.md", "---\ntitle: Fine\nstandfirst: [unclosed\n---\nBody.\n");
    assertThatThrownBy(() -> files.read(file)).isInstanceOf(UnreadableArticleException.class)
        .hasMessageContaining("bad.md:4:1").hasMessageContaining("YAML syntax error");
    Path open = write("open.md", "---\ntitle: Never closed\nBody.\n");
    assertThatThrownBy(() -> files.read(open)).hasMessageContaining("open.md").hasMessageContaining("never closed");
  }

  @Test
  void textThatIsNotUtf8IsRefusedWithTheFileName() throws Exception {
    Path file = dir.resolve("latin.txt");
    Files.write(file, "Caf\u00e9 opens".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> files.read(file)).isInstanceOf(UnreadableArticleException.class)
        .hasMessageContaining("latin.txt").hasMessageContaining("not valid UTF-8");
  }

  @Test
  void foldersExpandToTheirArticlesInNameOrder() throws Exception {
    write("b.txt", "B\n\nBody.");
    write("a.md", "---\ntitle: A\n---\nBody.");
    write("b.ref.txt", "Reference.");
    write("b.hyp.txt", "Output.");
    write("notes.csv", "x");
    assertThat(files.expand(List.of(dir))).extracting(p -> p.getFileName().toString())
        .containsExactly("a.md", "b.txt");
    assertThatThrownBy(() -> files.expand(List.of(dir.resolve("missing.txt"))))
        .hasMessageContaining("missing.txt").hasMessageContaining("no such file");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
