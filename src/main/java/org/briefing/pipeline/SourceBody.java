package org.briefing.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.briefing.load.FrontMatter;
import org.briefing.load.TextFiles;
import org.briefing.markdown.MarkdownRenderer;
import org.briefing.markdown.RenderedMarkdown;
import org.briefing.model.Body;
import org.briefing.problem.BuildFailure;
import org.briefing.problem.Problem;
import org.briefing.problem.SourcePosition;

/**
 * The body of a story taken from the cache: its file did not change, so rendering its Markdown
 * again gives what the cache saw. That happens only when a page that shows the text is rendered,
 * which keeps the cache small and a rebuild quick.
 */
public final class SourceBody implements Body {
  private final Path file;
  private final long fingerprint;
  private final MarkdownRenderer markdown;
  private final String page;

  /**
   * @param markdown the renderer of this build; null for a body just read from the cache and not yet bound to a build
   * @param page the address of the story's page as its file makes it, which its relative links are read from
   */
  public SourceBody(Path file, long fingerprint, MarkdownRenderer markdown, String page) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.markdown = markdown;
    this.page = page;
  }

  Path file() {
    return file;
  }

  SourceBody boundTo(MarkdownRenderer renderer, String storyPage) {
    return new SourceBody(file, fingerprint, renderer, storyPage);
  }

  private RenderedMarkdown render() {
    if (markdown == null) {
      throw new IllegalStateException("a cached body was used before a build took it up: " + file);
    }
    RenderedMarkdown rendered = markdown.render(FrontMatter.split(TextFiles.read(file), file).body(), page);
    if (new Body.InMemory(rendered.html(), rendered.paragraphs(), rendered.asides()).fingerprint() != fingerprint) {
      throw new BuildFailure(Problem.error(SourcePosition.of(file), "the story changed while the site was being built",
          "run the build again"));
    }
    return rendered;
  }

  @Override
  public String html() {
    return render().html();
  }

  @Override
  public List<String> paragraphs() {
    return render().paragraphs();
  }

  @Override
  public List<String> asides() {
    return render().asides();
  }

  @Override
  public long fingerprint() {
    return fingerprint;
  }
}
