package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's own templates, however it keeps them: as links to files or folders elsewhere in the
 * site, with partials they include. Every build is compared with a clean one ({@link TestSite}), so
 * a template change a rebuild misses fails here.
 */
class SiteTemplatesTest {
  @TempDir Path dir;

  private static final String NOT_FOUND = """
      -- theme/404.ftlh --
      <#import "layout.ftlh" as l>
      <@l.frame><p id="gone">Gone: first wording</p></@l.frame>
      """;

  private TestSite site(String more) {
    return TestSite.of(dir, Fixtures.TWO_EDITIONS + more);
  }

  @Test
  void aTemplateThatIsALinkToAFileElsewhereInTheSiteIsUsedAndItsEditsAreSeen() throws Exception {
    TestSite site = site(NOT_FOUND);
    Files.createDirectories(dir.resolve("templates"));
    Files.createSymbolicLink(dir.resolve("templates/404.ftlh"), Path.of("../theme/404.ftlh"));
    site.build();
    assertThat(site.html("404.html").select("#gone").text()).isEqualTo("Gone: first wording");
    site.edit("theme/404.ftlh", "first wording", "second wording").build();
    assertThat(site.html("404.html").select("#gone").text()).isEqualTo("Gone: second wording");
  }

  @Test
  void aTemplatesFolderThatIsALinkIsFollowed() throws Exception {
    TestSite site = site(NOT_FOUND + """
        -- theme/assets/extra.css --
        .gone { color: red; }
        """);
    Files.createSymbolicLink(dir.resolve("templates"), Path.of("theme"));
    site.build();
    assertThat(site.file("assets/extra.css")).contains("red");
    site.edit("theme/404.ftlh", "first wording", "second wording").edit("theme/assets/extra.css", "red", "blue").build();
    assertThat(site.html("404.html").select("#gone").text()).isEqualTo("Gone: second wording");
    assertThat(site.file("assets/extra.css")).contains("blue");
  }

  @Test
  void anAssetsFolderThatIsALinkIsFollowed() throws Exception {
    TestSite site = site("""
        -- styles/briefing.css --
        body { color: red; }
        """);
    Files.createDirectories(dir.resolve("templates"));
    Files.createSymbolicLink(dir.resolve("templates/assets"), Path.of("../styles"));
    site.build();
    assertThat(site.outputPaths()).anyMatch(p -> p.startsWith("assets/briefing") && site.file(p).contains("red"));
    site.edit("styles/briefing.css", "red", "blue").build();
    assertThat(site.outputPaths()).anyMatch(p -> p.startsWith("assets/briefing") && site.file(p).contains("blue"))
        .noneMatch(p -> p.startsWith("assets/briefing") && site.file(p).contains("red"));
  }

  /**
   * {@code .now} is the clock of the machine: a page that prints it differs at every build, and a
   * rebuild that keeps the page keeps another moment than a clean build writes. It is refused
   * where it is written, in a page template or a partial it includes; in a comment, or as part of
   * a word, it is no reading of the clock.
   */
  @Test
  void aTemplateThatPrintsTheClockIsRefusedAtItsLine() {
    TestSite site = site("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <#-- not ${.now}, which would differ at each build -->
        <@l.frame><p>See example.now or performance.now().</p>
        <p>Built ${.now?string.iso}</p></@l.frame>
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).position().file()).isEqualTo(dir.resolve("templates/404.ftlh"));
    assertThat(errors.get(0).position().line()).isEqualTo(4);
    assertThat(errors.get(0).message()).contains(".now", "clock");

    site.write("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><#include "parts/stamp.ftl"></@l.frame>
        -- templates/parts/stamp.ftl --
        <p>Printed</p>
        <p>${.now?date}</p>
        """);
    errors = site.buildFails();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).position().file()).isEqualTo(dir.resolve("templates/parts/stamp.ftl"));
    assertThat(errors.get(0).position().line()).isEqualTo(2);

    site.write("""
        -- templates/parts/stamp.ftl --
        <p>Printed</p>
        """).build();
    assertThat(site.file("404.html")).contains("Printed");
  }

  /**
   * The clock cannot be read in a way the check does not see: with a space after the dot, through a
   * default value, in a string's interpolation, or from text turned into template code at run time
   * ({@code ?eval}, {@code ?interpret}, which are refused themselves, as a story's field could be such
   * text). A string or text that only mentions them is no use of them.
   */
  @Test
  void theClockHiddenBySpacingOrInTextRunAsCodeIsRefusedAtItsLine() {
    TestSite site = site("");
    for (String hidden : List.of("${. now?long?c}", "${missing!.now?long?c}", "${(\".\" + \"now\")?eval?long?c}",
        "${'built at ${.now?long?c}'}",        "<#assign code = '<#assign n = .' + 'now>'><@code?interpret />", "${article.standfirst?eval}")) {
      List<Problem> errors = site.write("""
          -- templates/404.ftlh --
          <#import "layout.ftlh" as l>
          <@l.frame><p>Lost</p>
          <p>%s</p></@l.frame>
          """.formatted(hidden)).buildFails();
      assertThat(errors).as(hidden).hasSize(1);
      assertThat(errors.get(0).position().file()).as(hidden).isEqualTo(dir.resolve("templates/404.ftlh"));
      assertThat(errors.get(0).position().line()).as(hidden).isEqualTo(3);
    }
    site.write("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><p id="gone">${"{\\"now\\": \\".now\\"}"?eval_json.now} at performance.now() ${'or at .now, by ?eval'}</p></@l.frame>
        """).build();
    assertThat(site.html("404.html").select("#gone").text()).isEqualTo(".now at performance.now() or at .now, by ?eval");
  }

  /**
   * Freemarker's "JVM default" language or time zone is the machine's: a page set to it differs
   * from one machine to another, and a rebuild on another machine mixes pages of both. It is
   * refused at its line in either naming style, as is a time zone Java does not know
   * (Freemarker would take GMT without a word); the site's own values, a named language or zone,
   * and a value read from a story are fine. Before, all were accepted.
   */
  @Test
  void aTemplateSettingTheMachinesLanguageOrTimeZoneIsRefusedAtItsLine() {
    TestSite site = site("");
    for (String setting : List.of("<#setting locale=\"JVM default\">", "<#setting time_zone='jvm default'>",
        "<#setting sql_date_and_time_time_zone=\"JVM default\">", "<#setting timeZone=\"JVM default\">",
        "<#setting time_zone=\"Mars/Base\">")) {
      List<Problem> errors = site.write("""
          -- templates/404.ftlh --
          <#import "layout.ftlh" as l>
          <@l.frame><p>Lost</p>
          %s<p id="when">${1234.5}</p></@l.frame>
          """.formatted(setting)).buildFails();
      assertThat(errors).as(setting).hasSize(1);
      assertThat(errors.get(0).position().file()).as(setting).isEqualTo(dir.resolve("templates/404.ftlh"));
      assertThat(errors.get(0).position().line()).as(setting).isEqualTo(3);
      assertThat(errors.get(0).message()).as(setting).containsAnyOf("of the machine that builds the site", "no time zone Java knows");
    }
    site.write("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><#setting locale="tr"><#setting time_zone="Asia/Tokyo"><#setting sql_date_and_time_time_zone="null">
        <p id="when">${"TITLE"?lower_case} ${"2021-10-22T10:00:00Z"?datetime.iso?string("HH:mm")}</p>
        <#setting time_zone="GMT+02:00"><#setting locale=(.lang)><p id="then">${"2021-10-22T10:00:00Z"?datetime.iso?string("HH:mm")}</p></@l.frame>
        """).build();
    assertThat(site.html("404.html").select("#when").text()).isEqualTo("t\u0131tle 19:00");
    assertThat(site.html("404.html").select("#then").text()).isEqualTo("12:00");
  }

  /**
   * A language or time zone worked out while the page renders is Freemarker's "JVM default", the
   * machine's, whenever it comes out as that text: made of pieces, read from briefing.yaml, in a
   * partial, in either naming style or tag syntax. It is refused at the setting's line when the page
   * sets it, as a written one is (before, the page took the machine's language and zone without a
   * word), and so is a zone Java does not know; a worked-out value that names a language or zone is fine.
   */
  @Test
  void aLanguageOrTimeZoneWorkedOutWhileThePageRendersIsRefusedWhenItIsTheMachines() {
    TestSite site = site("");
    site.edit("briefing.yaml", "time_zone: Europe/Brussels", "time_zone: Europe/Brussels\nparams: {zone: JVM default, tokyo: Asia/Tokyo}");
    record Case(String template, String setting, String file, int line) {}
    for (Case refused : List.of(
        new Case("404.ftlh", "<#assign d = \"JVM \" + \"default\"><#setting locale=d>", "404.ftlh", 3),
        new Case("404.ftlh", "<#setting time_zone=site.params.zone>", "404.ftlh", 3),
        new Case("404.ftlh", "<#setting timeZone=\"${'jvm'} DEFAULT\"/>", "404.ftlh", 3),
        new Case("404.ftlh", "<#assign z = \"Mars/\" + \"Base\"><#setting time_zone = z >", "404.ftlh", 3),
        new Case("404.ftlh", "<#assign z = 'jvm default'?upperCase><#setting sqlDateAndTimeTimeZone=z>", "404.ftlh", 3),
        new Case("404.ftlh", "<#include \"parts/zone.ftl\">", "parts/zone.ftl", 2))) {
      List<Problem> errors = site.write("""
          -- templates/404.ftlh --
          <#import "layout.ftlh" as l>
          <@l.frame><p>Lost</p>
          %s<p id="when">${"2021-10-22T10:00:00Z"?datetime.iso?string("HH:mm")}</p></@l.frame>
          -- templates/parts/zone.ftl --
          [#ftl][#assign zone = site.params['zo' + 'ne']]
          [#setting sql_date_and_time_time_zone=zone][#setting locale=zone]
          """.formatted(refused.setting())).buildFails();
      assertThat(errors).as(refused.setting()).singleElement().satisfies(e -> {
        assertThat(e.position().file()).isEqualTo(dir.resolve("templates").resolve(refused.file()));
        assertThat(e.position().line()).isEqualTo(refused.line());
        assertThat(e.message()).containsAnyOf("\"JVM default\", the language of the machine that builds the site",
            "\"JVM default\", the time zone of the machine that builds the site", "\"Mars/Base\", which is no time zone Java knows");
        assertThat(e.hint()).isNotBlank();
      });
    }
    site.write("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><#assign lang = "t" + "r"><#setting locale=lang><#setting time_zone=site.params.tokyo/>
        <p id="when">${"TITLE"?lower_case} ${"2021-10-22T10:00:00Z"?datetime.iso?string("HH:mm")}</p>
        <#setting time_zone="GMT+0${1 + 1}:00"><#setting locale=(.lang)><p id="then">${"2021-10-22T10:00:00Z"?datetime.iso?string("HH:mm")}</p></@l.frame>
        """).build();
    assertThat(site.html("404.html").select("#when").text()).isEqualTo("t\u0131tle 19:00");
    assertThat(site.html("404.html").select("#then").text()).isEqualTo("12:00");
  }

  /**
   * Text a template includes unparsed is the file's text, byte for byte: a setting of the language
   * or time zone in it was given the call that checks a template's setting, which the page then
   * showed, and a line a template may not have (the machine's zone, the clock) refused the build,
   * though as text it sets and prints nothing.
   */
  @Test
  void textIncludedUnparsedIsPublishedExactlyAsTheFileHasIt() {
    TestSite site = site("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><div id="raw">
        <#include "parts/example.html" parse=false></div></@l.frame>
        -- templates/parts/example.html --
        <p>Set the language with <#setting locale="fr">
        or [#setting time_zone=zone/] in a template.</p>
        """).build();
    assertThat(site.file("404.html")).contains("""
        <div id="raw">
        <p>Set the language with <#setting locale="fr">
        or [#setting time_zone=zone/] in a template.</p>
        </div>""");

    site.write("""
        -- templates/parts/example.html --
        <p>Never write <#setting time_zone="JVM default"> nor ${.now} in a template.</p>
        """).build();
    assertThat(site.file("404.html")).contains("<p>Never write <#setting time_zone=\"JVM default\"> nor ${.now} in a template.</p>");
  }

  /**
   * Freemarker's text of a caught error may hold a path of the machine or an object's identity, so
   * {@code .error} is refused; recovering from an error without printing it is fine.
   */
  @Test
  void aCaughtErrorIsNotPrintedButCanBeRecoveredFrom() {
    TestSite site = site("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><#attempt><#include "parts/missing.ftl"><#recover>
        <p>${.error}</p></#attempt></@l.frame>
        """);
    List<Problem> errors = site.buildFails();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).position().file()).isEqualTo(dir.resolve("templates/404.ftlh"));
    assertThat(errors.get(0).position().line()).isEqualTo(3);
    assertThat(errors.get(0).message()).contains(".error");

    site.edit("templates/404.ftlh", "<p>${.error}</p>", "<p id=\"gone\">No part</p>").build();
    assertThat(site.html("404.html").select("#gone").text()).isEqualTo("No part");
  }

  /**
   * A file named like an editor's scratch file is no input of a build (its edits would leave a
   * rebuild "up to date"), so a template cannot include it either: the include is the error.
   */
  @Test
  void anIncludeOfAFileNamedLikeAScratchFileIsRefusedAtItsLine() {
    for (String name : List.of("part.ftlh~", ".part.ftlh.swp", "parts/.#part.ftlh", "parts/4913")) {
      List<Problem> errors = site("""
          -- templates/404.ftlh --
          <#import "layout.ftlh" as l>
          <@l.frame>
          <#include "%s"></@l.frame>
          -- templates/%s --
          <p>Part</p>
          """.formatted(name, name)).buildFails();
      assertThat(errors).as(name).hasSize(1);
      assertThat(errors.get(0).position().file()).as(name).isEqualTo(dir.resolve("templates/404.ftlh"));
      assertThat(errors.get(0).position().line()).as(name).isEqualTo(3);
      assertThat(errors.get(0).message()).as(name).contains(name, "scratch");
    }
  }

  /** Freemarker's own message for a missing include describes its loaders, with the site's folder on this machine. */
  @Test
  void anIncludeOfAMissingTemplateNamesItAtItsLine() {
    List<Problem> errors = site("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame>
        <#include "parts/gone.ftl"></@l.frame>
        """).buildFails();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).position().file()).isEqualTo(dir.resolve("templates/404.ftlh"));
    assertThat(errors.get(0).position().line()).isEqualTo(3);
    assertThat(errors.get(0).message()).contains("'parts/gone.ftl'", "does not exist").doesNotContain(dir.toString(), "TemplateLoader");
  }

  /** An error inside a lambda says what failed there, at its line, not only that an element could not be transformed. */
  @Test
  void anErrorInsideALambdaNamesWhatFailed() {
    List<Problem> errors = site("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame>
        <#list latest?filter(a -> a.nosuch > 1) as a>${a.title}</#list></@l.frame>
        """).buildFails();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).position().file()).isEqualTo(dir.resolve("templates/404.ftlh"));
    assertThat(errors.get(0).position().line()).isEqualTo(3);
    assertThat(errors.get(0).message()).contains("nosuch");
  }

  /**
   * A value's class leads to the Java machine: the path of Briefing's jar and objects printed with
   * their identities, other bytes on another machine or in another run (an incremental build kept
   * the last run's on the pages it did not render again). So do static methods called through a
   * value and a locale's names, which answer in the machine's language. No template reaches them.
   */
  @Test
  void noTemplateReachesTheClassOfAValueNorWhatItLeadsTo() {
    for (String reach : List.of("site.class.protectionDomain", "article.class", "article.body.class.classLoader",
        "article.params.class.name", "site.class", ".locale_object.getDefault()", ".locale_object.displayName",
        ".locale_object.getAvailableLocales()?size")) {
      List<Problem> errors = site("""
          -- templates/article.ftlh --
          <#import "layout.ftlh" as l>
          <@l.frame><p>${%s}</p></@l.frame>
          """.formatted(reach)).buildFails();
      assertThat(errors).as(reach).isNotEmpty().allSatisfy(p -> {
        assertThat(p.position().file()).isEqualTo(dir.resolve("templates/article.ftlh"));
        assertThat(p.position().line()).isEqualTo(2);
      });
    }
    // the same as text: a method of the view that names a Class is not there either
    TestSite site = site("""
        -- templates/article.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><p id="reach">${(site.class)???c} ${(article.getClass)???c} ${(article.body.class)???c}</p></@l.frame>
        """).build();
    assertThat(site.html("2021/10/18/allies-regret-the-decision/").select("#reach").text()).isEqualTo("false false false");
  }

  /**
   * A story view's fingerprint is the build's bookkeeping, made of the story file's path: a
   * template that printed it would write other bytes for the same site in another folder. It is
   * not among the fields a template sees.
   */
  @Test
  void aStorysFingerprintIsNoFieldOfItsView() {
    TestSite site = site("""
        -- templates/article.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><p id="keys"><#list article?keys?sort as k>${k} </#list></p><pre id="whole">${article}</pre></@l.frame>
        """).build();
    String keys = site.html("2021/10/18/allies-regret-the-decision/").select("#keys").text();
    assertThat(keys).contains("title", "slug", "dateIso").doesNotContain("fingerprint", "hashCode", "class");
    assertThat(site.html("2021/10/18/allies-regret-the-decision/").select("#whole").text())
        .startsWith("ArticleView[title=Allies regret the decision, slug=").doesNotContain("fingerprint");

    List<Problem> errors = site.write("""
        -- templates/article.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><p>${article.fingerprint}</p></@l.frame>
        """).buildFails();
    assertThat(errors).extracting(p -> p.position().file()).containsOnly(dir.resolve("templates/article.ftlh"));
  }

  @Test
  void editorsScratchFilesAmongTheAssetsAreNotPublished() {
    TestSite site = site("""
        -- templates/assets/extra.js --
        console.log("published");
        -- templates/assets/extra.js~ --
        backup
        -- templates/assets/.extra.js.swp --
        swap
        """).build();
    assertThat(site.outputPaths()).contains("assets/extra.js").noneMatch(p -> p.endsWith("~") || p.endsWith(".swp"));
  }

  /** static/ made a link to a folder of the same files (same sizes and times), and back: each build sees it, as a clean build does. */
  @Test
  void aStaticFolderTurnedIntoALinkAndBackIsSeen() throws Exception {
    TestSite site = site("""
        -- static/notes.txt --
        Notes.
        """).build();
    assertThat(site.outputPaths()).contains("notes.txt");
    Files.move(dir.resolve("static"), dir.resolve("kept"));
    Files.createSymbolicLink(dir.resolve("static"), Path.of("kept"));
    site.build();
    assertThat(site.outputPaths()).doesNotContain("notes.txt");
    Files.delete(dir.resolve("static"));
    Files.move(dir.resolve("kept"), dir.resolve("static"));
    site.build();
    assertThat(site.outputPaths()).contains("notes.txt");
  }

  /** A template with a byte that is no UTF-8 is read as Freemarker reads it, the byte as U+FFFD, not stopped as an unexpected failure. */
  @Test
  void aTemplateWithABadByteIsReadWithTheReplacementCharacter() {
    TestSite site = site("");
    site.writeBytes("templates/404.ftlh", "<#import \"layout.ftlh\" as l><@l.frame><p id=\"gone\">caf\u00e9</p></@l.frame>\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).build();
    assertThat(site.html("404.html").select("#gone").text()).isEqualTo("caf\ufffd");
  }

  private List<String> unusedWarnings(TestSite site) {
    return site.warnings().stream().filter(w -> w.message().startsWith("no page uses this file"))
        .map(w -> dir.resolve("templates").relativize(w.position().file()) + ": " + w.hint().replaceFirst("\\?.*", "?")).toList();
  }

  /**
   * A site's template replaces the theme's only under exactly its name; one named a typo away, in
   * other letter case or with another template ending replaces nothing, and says so, on every way a
   * build goes: after a story's edit (whose build keeps the warnings of every file it did not
   * read) and up to date as after a clean build. Renamed, it replaces the theme's page, and the
   * warning goes.
   */
  @Test
  void aTemplateNamedNearlyLikeAThemeFileIsReportedAsUsedByNoPage() {
    String storyPage = """
        <#import "layout.ftlh" as l>
        <@l.frame><p id="own">The site's own story page: ${article.title}</p></@l.frame>
        """;
    TestSite site = site("-- templates/artcle.ftlh --\n" + storyPage + """
        -- templates/Edition.ftlh --
        <p>an edition</p>
        -- templates/sources.html --
        <p>the sources</p>
        -- templates/index.ftl --
        <p>the front page</p>
        -- templates/parts/page.ftlh --
        <p>a page</p>
        """).build();
    assertThat(unusedWarnings(site)).containsExactly("Edition.ftlh: did you mean 'edition.ftlh'?", "artcle.ftlh: did you mean 'article.ftlh'?",
        "index.ftl: did you mean 'index.ftlh'?", "parts/page.ftlh: did you mean 'page.ftlh'?", "sources.html: did you mean 'sources.ftlh'?");
    assertThat(site.warnings()).filteredOn(w -> w.message().startsWith("no page uses this file")).allMatch(w -> !w.isError());
    assertThat(site.html("2021/10/18/allies-regret-the-decision/").select("#own")).isEmpty();

    site.edit("content/stories/reaction.md", "They said dialogue remained open.", "They said dialogue was still open.").build();
    assertThat(site.lastWay()).isEqualTo(org.briefing.rebuild.BuildPlanner.Way.EDIT);
    assertThat(unusedWarnings(site)).contains("artcle.ftlh: did you mean 'article.ftlh'?").hasSize(5);

    site.write("-- templates/article.ftlh --\n" + storyPage).delete("templates/artcle.ftlh").build();
    assertThat(unusedWarnings(site)).hasSize(4).noneMatch(w -> w.contains("article"));
    assertThat(site.html("2021/10/18/allies-regret-the-decision/").select("#own").text())
        .isEqualTo("The site's own story page: Allies regret the decision");
  }

  /**
   * A file is used when a template the pages use includes or imports it, by a name from its own
   * folder or from the top, or names it to .get_optional_template; a file near no theme name (a
   * partial of one's own, a copy kept as article.old.ftlh) is not reported, used or not; nor is
   * anything when a template includes a name computed while the page renders, which could be any file.
   */
  @Test
  void filesThePagesUseOrNamedLikeNoThemeFileAreNotReported() {
    TestSite site = site("""
        -- templates/article.ftlh --
        <#import "layout.ftlh" as l>
        <@l.frame><#include "parts/wrap.ftlh"><#assign more = .get_optional_template('/Topic.ftlh')><@more.include /></@l.frame>
        -- templates/parts/wrap.ftlh --
        <#import "/lib/Layout.ftlh" as lib>
        <p id="wrap">${lib.word}</p><#include "edition.html">
        -- templates/lib/Layout.ftlh --
        <#assign word = "wrapped">
        -- templates/parts/edition.html --
        <p id="edition">from the edition part</p>
        -- templates/Topic.ftlh --
        <p id="topic">from the topic part</p>
        -- templates/card.ftlh --
        <p>a card no page shows</p>
        -- templates/article.old.ftlh --
        <p>an older story page</p>
        """).build();
    assertThat(site.html("2021/10/18/allies-regret-the-decision/").select("#wrap, #edition, #topic").eachText())
        .containsExactly("wrapped", "from the edition part", "from the topic part");
    assertThat(unusedWarnings(site)).isEmpty();

    site.write("""
        -- templates/404.ftlh --
        <#import "layout.ftlh" as l>
        <#assign part = "art" + "cle.ftlh">
        <@l.frame><#include part></@l.frame>
        -- templates/artcle.ftlh --
        <p id="gone">Gone, said a part named at run time</p>
        -- templates/edtion.ftlh --
        <p>unused, but the check cannot know</p>
        """).build();
    assertThat(site.html("404.html").select("#gone").text()).isEqualTo("Gone, said a part named at run time");
    assertThat(unusedWarnings(site)).isEmpty();
  }
}
