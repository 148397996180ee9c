package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.load.FileTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's template or theme file is found by exactly its name, on every system: where the file
 * system ignores letter case (macOS's and Windows' by default), Freemarker's file loader took
 * {@code templates/Article.ftlh} for {@code article.ftlh}, and the site built otherwise than on
 * Linux. Linux finds no file under a name of other case at all; what it can show is that the lookup
 * asks for the exact name and still finds a file through a link of the exact name.
 */
class TemplateLetterCaseTest {
  @TempDir Path dir;

  @Test
  void theSiteLoaderFindsATemplateOnlyUnderExactlyItsName() throws Exception {
    Files.writeString(dir.resolve("Article.ftlh"), "<p>own</p>");
    Files.createDirectories(dir.resolve("Parts"));
    Files.writeString(dir.resolve("Parts/card.ftl"), "<p>card</p>");
    Files.createSymbolicLink(dir.resolve("edition.ftlh"), Path.of("Article.ftlh"));
    SiteTemplateLoader loader = new SiteTemplateLoader(dir);

    // what makes a system that ignores letter case answer "not found" for article.ftlh
    assertThat(loader.getEmulateCaseSensitiveFileSystem()).isTrue();
    assertThat(loader.findTemplateSource("article.ftlh")).isNull();
    assertThat(loader.findTemplateSource("parts/card.ftl")).isNull();
    assertThat(loader.findTemplateSource("Article.ftlh")).isNotNull();
    assertThat(loader.findTemplateSource("Parts/card.ftl")).isNotNull();
    assertThat(loader.findTemplateSource("edition.ftlh")).as("a link of the exact name to a file of another case").isNotNull();
  }

  @Test
  void aNameIsExactWhenEachFolderOnTheWayListsItSo() throws Exception {
    Files.createDirectories(dir.resolve("Assets"));
    Files.writeString(dir.resolve("Assets/briefing.css"), "body {}");
    assertThat(FileTree.hasExactName(dir, dir.resolve("Assets/briefing.css"))).isTrue();
    assertThat(FileTree.hasExactName(dir, dir.resolve("./Assets/../Assets/briefing.css"))).isTrue();
    assertThat(FileTree.hasExactName(dir, dir.resolve("assets/briefing.css"))).isFalse();
    assertThat(FileTree.hasExactName(dir, dir.resolve("Assets/Briefing.css"))).isFalse();
  }

  @Test
  void aNameInOtherLetterCaseIsFoundAsItIsListedAndAnExactOneIsNot() throws Exception {
    Files.createDirectories(dir.resolve("strings"));
    Files.createDirectories(dir.resolve("Strings"));
    Files.writeString(dir.resolve("Strings/FR.yaml"), "why_it_matters: Les enjeux");
    Files.writeString(dir.resolve("strings/de.yaml"), "why_it_matters: Warum");
    assertThat(FileTree.inOtherCase(dir, dir.resolve("strings/fr.yaml"))).isEqualTo(dir.resolve("Strings/FR.yaml"));
    assertThat(FileTree.inOtherCase(dir, dir.resolve("strings/de.yaml"))).as("there under exactly its name").isNull();
    assertThat(FileTree.inOtherCase(dir, dir.resolve("strings/es.yaml"))).isNull();
  }

  @Test
  void aThemeFileOfTheSiteReplacesTheBundledOneOnlyUnderExactlyItsName() throws Exception {
    Files.createDirectories(dir.resolve("assets"));
    Files.writeString(dir.resolve("assets/Briefing.css"), "body { color: red; }");
    Files.writeString(dir.resolve("email.css"), "p { color: blue; }");
    Templates templates = new Templates(dir);
    assertThat(new String(templates.themeFile("assets/briefing.css"), StandardCharsets.UTF_8)).doesNotContain("color: red");
    assertThat(new String(templates.themeFile("email.css"), StandardCharsets.UTF_8)).isEqualTo("p { color: blue; }");
  }
}
