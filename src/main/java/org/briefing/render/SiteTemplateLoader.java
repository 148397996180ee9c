package org.briefing.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.load.FileTree;

/**
 * Reads a site's own templates. A template may be a link to a file elsewhere in the site (the
 * build refuses one that leads outside it before any template is read: {@link Templates#fingerprintOf}).
 * A template that does what {@link TemplateCheck} refuses is refused at its line, and one that sets
 * the language or a time zone has the value checked as it is set ({@link TemplateSettings}); text included
 * unparsed is read by a loader of its own that does neither ({@link #SiteTemplateLoader(Path, boolean)}); a template named
 * like an editor's scratch file is never read, as the build leaves such files out of what it
 * watches, and a rebuild would keep pages made of an older text. A template is found by exactly its
 * name, also on a system that ignores letter case (macOS's and Windows' by default), where
 * {@code Article.ftlh} would otherwise stand for {@code article.ftlh} and the site build otherwise
 * than on Linux.
 */
final class SiteTemplateLoader extends FileTemplateLoader {
  /** Parses a template only to check it: same version and file-name rules as the build's own. */
  private final Configuration checking = new Configuration(Configuration.VERSION_2_3_34);
  /** False for the loader of text included unparsed, which gives each file's text exactly as it is. */
  private final boolean templates;

  /** A template the build refuses to use; {@code file} is null when the refusal is of a name, at the line that asks for it. */
  static final class RefusedTemplate extends IOException {
    final Path file;
    final int line;
    final String hint;

    RefusedTemplate(Path file, int line, String message, String hint) {
      super(message);
      this.file = file;
      this.line = line;
      this.hint = hint;
    }
  }

  SiteTemplateLoader(Path dir) throws IOException {
    this(dir, true);
  }

  /**
   * A loader of templates, or with {@code templates} false of text a template includes unparsed
   * ({@code <#include "x" parse=false>}): such text is no template, so it is neither checked nor
   * given the calls that check its settings, and a page shows it exactly as the file has it.
   */
  SiteTemplateLoader(Path dir, boolean templates) throws IOException {
    // links are checked against the site folder by the build itself, not against this folder
    super(dir.toFile(), true);
    this.templates = templates;
    setEmulateCaseSensitiveFileSystem(true);
    checking.setRecognizeStandardFileExtensions(true);
    checking.setTabSize(1); // a column is a character, for TemplateSettings to find a setting's value
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    String fileName = name.substring(name.lastIndexOf('/') + 1);
    if (FileTree.isScratchFile(fileName)) {
      throw new RefusedTemplate(null, 0, "'" + name + "' is named like an editor's scratch or backup file, which no build reads",
          "rename the file, e.g. without its '~', '#' or '.swp', and use that name here");
    }
    return super.findTemplateSource(name);
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    Path file = ((File) source).toPath();
    // bytes that are not text in the encoding become U+FFFD, as Freemarker's own loader reads them
    String text = new String(Files.readAllBytes(file), Charset.forName(encoding));
    if (!templates) {
      return new StringReader(text);
    }
    Template parsed;
    try {
      parsed = new Template(file.getFileName().toString(), text, checking);
    } catch (ParseException e) {
      return new StringReader(text); // the build's own parse reports it
    }
    TemplateCheck.Refusal refusal = TemplateCheck.firstRefusal(parsed);
    if (refusal != null) {
      throw new RefusedTemplate(file, refusal.line(), refusal.message(), refusal.hint());
    }
    return new StringReader(TemplateSettings.checked(parsed, text));
  }
}
