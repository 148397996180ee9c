package org.briefing.summary.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.briefing.load.ContentLoader;
import org.briefing.load.TextFiles;
import org.briefing.problem.BuildFailure;
import org.briefing.summary.ArticleText;

/**
 * Finds and reads article files for the summarizer's commands: {@code .md} content files and
 * plain {@code .txt} articles, given one by one or as folders (read in name order, without the
 * {@code .ref.txt} references and {@code .hyp.txt} outputs that sit beside them).
 */
public final class ArticleFiles {
  /**
   * The largest article file the summarizer's commands read: far beyond any news story (the
   * longest are about 100 KB), and small enough that summarizing it takes a few seconds and a few
   * hundred megabytes (docs/summaries.md has the figures).
   */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private final PlainTextArticles plainText = new PlainTextArticles();
  private final MarkdownArticles markdown = new MarkdownArticles();

  /** The article files named by {@code inputs}, folders expanded, in the order given. */
  public List<Path> expand(List<Path> inputs) throws UnreadableArticleException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> listing = Files.list(input)) {
          listing.filter(Files::isRegularFile).filter(ArticleFiles::isArticle).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UnreadableArticleException(input, "cannot list the folder (" + e.getMessage() + ")");
        }
      } else if (!Files.exists(input)) {
        throw new UnreadableArticleException(input, "no such file or folder; check the path");
      } else if (!Files.isRegularFile(input)) {
        throw new UnreadableArticleException(input, "is not a file or a folder (a pipe or a device); save the article as a file");
      } else {
        files.add(input);
      }
    }
    return files;
  }

  /**
   * Whether a file name looks like an article rather than a reference or an output: Markdown named
   * as a build names a story ({@code .md} or {@code .markdown}, in any case), or plain text.
   */
  public static boolean isArticle(Path file) {
    String name = file.getFileName().toString();
    return ContentLoader.isMarkdown(name)
        || name.endsWith(".txt") && !name.endsWith(".ref.txt") && !name.endsWith(".hyp.txt");
  }

  /** The article in {@code file}: Markdown with front matter for a story's name ({@code .md}, {@code .MD}, {@code .markdown}), else plain text. */
  public ArticleText read(Path file) throws UnreadableArticleException {
    String text = readUtf8(file);
    return ContentLoader.isMarkdown(file.getFileName().toString()) ? markdown.parse(text, file) : plainText.parse(text);
  }

  /**
   * The text of {@code file}, read as a build reads a story ({@link TextFiles}): UTF-8 (a leading
   * byte-order mark is dropped), and a file saved otherwise is refused with the build's words and
   * hint, UTF-16 or UTF-32 named as such.
   */
  public static String readUtf8(Path file) throws UnreadableArticleException {
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new UnreadableArticleException(file, String.format(Locale.ROOT,
            "is %.1f MB; the summarizer reads articles of up to %d MB, and one news story is far shorter;"
                + " check that the file holds a single article", size / 1048576.0, MAX_BYTES / 1048576));
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableArticleException(file, "no such file; check the path");
    } catch (IOException e) {
      throw new UnreadableArticleException(file, "cannot be read (" + e.getMessage() + ")");
    }
    String text;
    try {
      text = TextFiles.read(file, MAX_BYTES);
    } catch (BuildFailure e) {
      throw new UnreadableArticleException(e.errors().get(0));
    }
    if (text.indexOf('\0') >= 0) {
      // valid UTF-8 may still be no text: a picture or an archive, whose summary would be empty
      throw new UnreadableArticleException(file, "is not text (it holds NUL bytes): give an article as plain text or Markdown");
    }
    return text;
  }
}
