package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.briefing.rebuild.BuildPlanner;
import org.briefing.search.PostingsCodec;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The search index of a built site, read the way the search page's script reads it: the
 * manifest, the fragment of a word's first three folded characters, the postings of its stems.
 */
class SearchIndexTest {
  @TempDir Path dir;

  static final String SITE = Fixtures.CONFIG + """
      -- content/2021/10/18/mission.md --
      ---
      title: Russia suspends its mission to NATO
      date: 2021-10-18T09:00
      standfirst: The liaison office in Moscow closes.
      topics: [Diplomacy]
      places: [Moscow]
      authors: [Ann Writer]
      sources: [{name: Reuters}]
      ---
      Moscow said on Monday that the mission would stop its work, in a row over expelled diplomats.
      -- content/2021/10/18/defense.md --
      ---
      title: Les ministres de la Défense se réunissent
      date: 2021-10-18T10:00
      language: fr
      topics: [Defence]
      places: [Brussels]
      sources: [{name: AFP}]
      ---
      Les ministres européens ont parlé des économies d'énergie.
      -- content/2021/10/17/truppen.md --
      ---
      title: Die Ministerin besucht die Truppen
      date: 2021-10-17T10:00
      language: de
      sources: [{name: dpa}]
      ---
      Die Bundeswehr übt in Litauen.
      -- content/2021/10/17/hostile.md --
      ---
      title: "<script>alert('x')</script> & \\"quotes\\""
      date: 2021-10-17T08:00
      sources: [{name: Desk}]
      ---
      A story about <b>tags</b> that should stay text.
      -- content/pages/about.md --
      ---
      title: About us
      ---
      We write a daily briefing on European security.
      """;

  static final String HIDDEN = """
      -- content/2021/10/16/draft.md --
      ---
      title: Quokkafrobnicate draft
      date: 2021-10-16T08:00
      draft: true
      sources: [{name: Desk}]
      ---
      The xylophonequokka text of a draft.
      -- content/2021/12/01/future.md --
      ---
      title: Quokkafrobnicate future
      date: 2021-12-01T08:00
      sources: [{name: Desk}]
      ---
      The xylophonequokka text of a story not yet due.
      -- content/pages/plans.md --
      ---
      title: Quokkafrobnicate plans
      draft: true
      ---
      The xylophonequokka text of a draft page.
      """;

  @Test
  void aWordFindsTheStoriesOfItsStemInEnglishFrenchAndGermanWithAccentsFolded() throws Exception {
    Index index = new Index(TestSite.of(dir, SITE).build());
    assertThat(index.titles("suspended")).containsExactly("Russia suspends its mission to NATO");
    assertThat(index.titles("suspend")).containsExactly("Russia suspends its mission to NATO");
    assertThat(index.titles("defense")).containsExactly("Les ministres de la Défense se réunissent");
    assertThat(index.titles("Défense")).containsExactly("Les ministres de la Défense se réunissent");
    assertThat(index.titles("economie")).containsExactly("Les ministres de la Défense se réunissent");
    assertThat(index.titles("truppe")).containsExactly("Die Ministerin besucht die Truppen");
    assertThat(index.titles("ubt")).containsExactly("Die Ministerin besucht die Truppen");
    assertThat(index.titles("briefing")).containsExactly("About us");
    assertThat(index.titles("diplomacy")).as("a topic's name is searched too").containsExactly("Russia suspends its mission to NATO");
    assertThat(index.titles("the")).isEmpty();
    // stop words of some of the site's languages only are optional words of a query: "war" is one in
    // German, and English stories have it
    assertThat(index.stop()).doesNotContain("the", "die", "les", "war");
    assertThat(new TreeSet<Object>((List<?>) index.manifest.get("optional"))).contains("the", "die", "les", "war");
    Index english = new Index(TestSite.of(dir.resolve("english"), Fixtures.CONFIG + """
        -- content/war.md --
        ---
        title: Villages count the cost of war
        date: 2021-10-18T09:00
        sources: [{name: Desk}]
        ---
        The war reached the villages.
        """).build());
    assertThat(english.stop()).as("the stop words of the site's one language are left out of every query").contains("the").doesNotContain("war");
    assertThat(english.manifest.get("optional")).isEqualTo(List.of());
    assertThat(english.titles("war")).containsExactly("Villages count the cost of war");
  }

  @Test
  void theHeadlineWeighsMoreThanTheBodyAndFacetsAndDaysAreInTheIndex() throws Exception {
    Index index = new Index(TestSite.of(dir, SITE).build());
    int mission = index.id("Russia suspends its mission to NATO");
    Map<Integer, Integer> moscow = index.postings("moscow");
    Map<Integer, Integer> diplomats = index.postings("diplomats");
    assertThat(moscow.get(mission)).as("in the standfirst, a place and the body").isGreaterThan(diplomats.get(mission));
    Map<Integer, Integer> mission1 = index.postings("mission");
    assertThat(mission1.get(mission)).as("in the headline and the body").isGreaterThan(diplomats.get(mission));
    assertThat(index.facet("place", "Moscow")).containsExactly(mission);
    assertThat(index.facet("topic", "Defence")).containsExactly(index.id("Les ministres de la Défense se réunissent"));
    assertThat(index.facet("author", "Ann Writer")).containsExactly(mission);
    assertThat(index.facet("source", "Reuters")).containsExactly(mission);
    assertThat(((Map<?, ?>) index.manifest.get("facets")).get("place")).isEqualTo(List.of(List.of("Brussels", 1), List.of("Moscow", 1)));
    assertThat(index.manifest.get("days")).isEqualTo(List.of(List.of("2021-10-17", 0), List.of("2021-10-18", 2)));
    assertThat(index.manifest.get("stories")).isEqualTo(4);
    assertThat(index.doc(mission).get("u")).isEqualTo("/2021/10/18/russia-suspends-its-mission-to-nato/");
  }

  @Test
  void aStorysFacetsAreItsTermsByTheNamesTheirPagesShow() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        -- content/authors.yaml --
        Irina Sokolova:
          aliases: [I. Sokolova]
        -- content/2021/10/18/open.md --
        ---
        title: Talks open
        date: 2021-10-18T09:00
        authors: [Irina Sokolova]
        topics: [Energy]
        sources: [{name: Desk}]
        ---
        Talks opened.
        -- content/2021/10/19/close.md --
        ---
        title: Talks close
        date: 2021-10-19T09:00
        authors: [I. Sokolova]
        topics: [energy]
        sources: [{name: Desk}]
        ---
        Talks closed.
        """).build();
    assertThat(site.html("authors/irina-sokolova/").select("main article")).hasSize(2);
    Map<?, ?> facets = (Map<?, ?>) new Index(site).manifest.get("facets");
    assertThat(facets.get("author")).as("an alias is its term").isEqualTo(List.of(List.of("Irina Sokolova", 2)));

    // the term file decides: without the alias, the spelling is a term of its own, on the site and in the index
    site.edit("content/authors.yaml", "  aliases: [I. Sokolova]\n", "").build();
    facets = (Map<?, ?>) new Index(site).manifest.get("facets");
    assertThat(facets.get("author")).isEqualTo(List.of(List.of("I. Sokolova", 1), List.of("Irina Sokolova", 1)));
  }

  @Test
  void aStorysSourcesAreFiledAsTheSourcesIndexListsThemAndFoundByTheNamesItCitesThemBy() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.CONFIG + """
        -- content/sources.yaml --
        nato:
          name: NATO
          url: https://www.nato.int/
        -- content/2021/10/18/cited.md --
        ---
        title: Documents cited
        date: 2021-10-18T09:00
        sources:
          - {name: "NATO: Relations with Russia", url: "https://www.nato.int/x", publisher: nato}
          - {name: "NATO: Military Liaison Mission", url: "https://www.nato.int/y", publisher: nato}
          - {name: "Harbour Board Annual Report", url: "https://example.com/report"}
          - {name: "News Agencies"}
        ---
        First paragraph.
        -- content/2021/10/19/whole.md --
        ---
        title: An organisation cited as a whole
        date: 2021-10-19T09:00
        sources: [nato]
        ---
        Second paragraph.
        """).build();
    assertThat(site.exists("sources/nato/index.html")).isTrue();
    Index index = new Index(site);
    Map<?, ?> facets = (Map<?, ?>) index.manifest.get("facets");
    assertThat(facets.get("source")).as("the organisation once, a document of none by its title, no unnamed agency")
        .isEqualTo(List.of(List.of("Harbour Board Annual Report", 1), List.of("NATO", 2)));
    assertThat(index.facet("source", "NATO")).hasSize(2);
    assertThat(index.titles("liaison")).as("a document's own title is still searched").containsExactly("Documents cited");
    assertThat(index.titles("nato")).hasSize(2);
    assertThat(((Map<?, ?>) index.doc(index.id("Documents cited")).get("f")).get("source")).as("the result names them as cited")
        .isEqualTo(List.of("NATO: Relations with Russia", "NATO: Military Liaison Mission", "Harbour Board Annual Report", "News Agencies"));
  }

  @Test
  void wordsOfHeadingsQuotationsTablesAndFootnotesAreFoundAndFootnoteMarksAreNoWords() throws Exception {
    TestSite site = TestSite.of(dir, SITE + """
        -- content/2021/10/19/blocks.md --
        ---
        title: A story of many blocks
        date: 2021-10-19T08:00
        sources: [{name: Desk}]
        ---
        The opening paragraph names the ambassador.[^1]

        ## Quokkaheading words

        > Xylophonequote, said the minister.

        | Party | Seats |
        | --- | --- |
        | Zebratable | 12 |

        [^1]: Footnotewords of the note.
        """).build();
    Index index = new Index(site);
    for (String word : List.of("quokkaheading", "xylophonequote", "zebratable", "footnotewords", "ambassador")) {
      assertThat(index.titles(word)).as(word).containsExactly("A story of many blocks");
    }
    assertThat(((Map<?, ?>) index.fragment("amb").get("w")).keySet().stream().map(String::valueOf).toList()).as("the footnote's mark is no part of the word before it")
        .contains("ambassador").doesNotContain("ambassador1");
    assertThat(site.file("search/d/" + index.id("A story of many blocks") / 2 + ".json"))
        .as("the excerpt starts with the opening paragraph").contains("The opening paragraph names the ambassador.");
  }

  @Test
  void markdownThePageDoesNotShowIsInNoFileOfTheIndex() throws Exception {
    TestSite site = TestSite.of(dir, SITE + """
        -- content/2021/10/19/notes.md --
        ---
        title: A story with notes for editors
        date: 2021-10-19T08:00
        sources: [{name: Desk}]
        ---
        The opening paragraph cites a report.[^used] See [the report][report].

        <!-- quokkacomment check the figures -->

        [^used]: Wombatshown in the published note.

        [^spare]: Quokkaunused call Brussels before publishing.

        [^used]: Quokkarepeated second definition of the same note.

        [report]: https://example.com/report "Quokkatitle"
        [spare]: https://example.com/quokkaaddress "Quokkasparetitle"
        """).build();
    String page = site.html("2021/10/19/a-story-with-notes-for-editors/index.html").text();
    assertThat(page).as("the page shows the note that is referred to").contains("Wombatshown").doesNotContainIgnoringCase("quokka");
    assertThat(indexText(site)).contains("Wombatshown").doesNotContainIgnoringCase("quokka");
  }

  @Test
  void draftsAndFutureStoriesAreInNoFileOfTheIndex() throws Exception {
    TestSite site = TestSite.of(dir, SITE + HIDDEN).build();
    assertThat(indexText(site)).doesNotContainIgnoringCase("quokka");
    TestSite preview = TestSite.of(dir.resolve("drafts"), SITE + HIDDEN).drafts().build();
    assertThat(preview.exists("2021/10/16/quokkafrobnicate-draft/index.html")).as("the preview shows the draft").isTrue();
    assertThat(preview.exists("plans/index.html")).as("and the draft page").isTrue();
    assertThat(indexText(preview)).doesNotContainIgnoringCase("quokka");
  }

  @Test
  void aBuildWithFutureShowsAStoryNotYetDueButKeepsItOutOfTheIndex() throws Exception {
    TestSite site = TestSite.of(dir, SITE + HIDDEN).future().build();
    assertThat(site.exists("2021/12/01/quokkafrobnicate-future/index.html")).as("--future shows the story").isTrue();
    assertThat(indexText(site)).doesNotContainIgnoringCase("quokka");
    Index index = new Index(site);
    assertThat(index.manifest.get("documents")).as("its number stays, with an empty file").isEqualTo(6);
    TestSite both = TestSite.of(dir.resolve("both"), SITE + HIDDEN).future().drafts().build();
    assertThat(new Index(both).manifest.get("documents")).as("a draft story and a draft page too").isEqualTo(8);
    assertThat(indexText(both)).doesNotContainIgnoringCase("quokka");
    assertThat(index.titles("xylophonequokka")).isEmpty();
  }

  /** Its date was past, so the index took it, although the build kept it back for its edition (hunter-187 4). */
  @Test
  void aBuildWithFutureKeepsAStoryWaitingForTomorrowsEditionOutOfTheIndex() throws Exception {
    String waiting = """
        -- content/2021/11/01/waiting.md --
        ---
        title: Quokkafrobnicate tomorrow
        date: 2021-11-01T08:00
        EDITION
        sources: [{name: Desk}]
        ---
        The xylophonequokka text of a story for tomorrow's edition.
        """;
    TestSite site = TestSite.of(dir, SITE + waiting.replace("EDITION", "edition: 2021-11-02")).future().build();
    assertThat(site.exists("2021/11/01/quokkafrobnicate-tomorrow/index.html")).as("--future shows the story").isTrue();
    assertThat(indexText(site)).doesNotContainIgnoringCase("quokka");
    assertThat(new Index(site).manifest.get("documents")).as("its number stays, with an empty file").isEqualTo(6);
    TestSite today = TestSite.of(dir.resolve("today"), SITE + waiting.replace("EDITION", "edition: 2021-11-01")).build();
    assertThat(new Index(today).titles("xylophonequokka")).as("given to today's edition, it is due").containsExactly("Quokkafrobnicate tomorrow");
  }

  @Test
  void hostileTitlesAreEscapedInTheIndexAndTheSearchPageIsValid() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Index index = new Index(site);
    int hostile = index.id("<script>alert('x')</script> & \"quotes\"");
    String raw = site.file("search/d/" + hostile / index.group() + ".json");
    assertThat(raw).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(indexText(site)).doesNotContain("<script");
    Document page = site.html("search/index.html");
    assertThat(page.select("form[role=search][action=/search/] input[name=q]")).hasSize(2);
    assertThat(page.selectFirst("noscript a").attr("href")).isEqualTo("/archive/");
    assertThat(page.selectFirst("[data-index]").attr("data-index")).isEqualTo("/search/");
    assertThat(page.select("script[src^=/assets/search.js?v=]")).hasSize(1);
    assertThat(new HtmlValidator().errors(site.out().resolve("search/index.html"))).isEmpty();
    assertThat(site.html("index.html").select("header form[role=search] input[name=q]")).hasSize(1);
    assertThat(site.file("assets/search.js")).doesNotContain("innerHTML");
  }

  @Test
  void aWordOfChineseOrJapaneseTextIsFoundByThePairsOfItsCharacters() throws Exception {
    Index index = new Index(TestSite.of(dir, SITE + """
        -- content/2021/10/19/beijing.md --
        ---
        title: 北京举行外交会议
        date: 2021-10-19T10:00
        language: zh
        sources: [{name: 新华社}]
        ---
        外交部长在北京举行会谈，讨论了欧洲安全问题。双方外交部长在北京举行了长时间的会谈并同意在明年春天继续就欧洲安全问题举行对话和磋商以及其他事项。
        -- content/2021/10/19/coffee.md --
        ---
        title: 東京でコーヒーの値上げ
        date: 2021-10-19T11:00
        language: ja
        sources: [{name: 共同通信}]
        ---
        喫茶店は来月から値段を上げる。
        """).build());
    // a word of the headline, then of the second sentence, a clause of more than 40 characters
    for (String word : List.of("北京", "外交", "会议", "双方", "磋商")) {
      assertThat(index.titles(word)).as(word).containsExactly("北京举行外交会议");
    }
    for (String word : List.of("コー", "ーヒ", "値上", "喫茶")) {
      assertThat(index.titles(word)).as(word).containsExactly("東京でコーヒーの値上げ");
    }
    assertThat(index.titles("上海")).isEmpty();
    Set<String> forms = new TreeSet<>();
    for (int f = 0; f < (Integer) index.manifest.get("fragments"); f++) {
      ((Map<?, ?>) index.json("search/f/" + f + ".json").get("w")).keySet().forEach(w -> forms.add((String) w));
    }
    assertThat(forms).as("pairs, not whole clauses").contains("外交", "北京", "コー")
        .noneMatch(w -> w.length() > 2 && w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
  }

  @Test
  void anExcerptOfTextWithNoSpacesIsCutBetweenWholeCharacters() throws Exception {
    // a character outside the BMP takes two chars: a cut between them was written as '?'
    String text = "\u3042" + "\uD842\uDFB7".repeat(200);
    TestSite site = TestSite.of(dir, SITE + """
        -- content/2021/10/19/kanji.md --
        ---
        title: Kanji story
        date: 2021-10-19T08:00
        language: ja
        sources: [{name: Desk}]
        ---
        """ + text + "\n").build();
    String file = Stream.of(site.out().resolve("search/d").toFile().listFiles())
        .map(f -> site.file("search/d/" + f.getName())).filter(f -> f.contains("Kanji story")).findFirst().orElseThrow();
    assertThat(file).doesNotContain("?").contains("\uD842\uDFB7\u2026");
  }

  @Test
  void aResultFileHoldsTwoDocumentsOfConsecutiveNumbersAsCompactJsonWithTheMarkupCharactersEscapedAndALineEnd() throws Exception {
    // the index's files are written from their bytes, made once, with no page model
    TestSite site = TestSite.of(dir, SITE).build();
    Index index = new Index(site);
    assertThat(index.group()).isEqualTo(2);
    // numbered oldest story first: the hostile headline, the German story, the mission, the French story, the page
    assertThat(index.id("Russia suspends its mission to NATO")).isEqualTo(2);
    assertThat(site.file("search/d/1.json")).isEqualTo(
        "[{\"t\":\"Russia suspends its mission to NATO\",\"u\":\"/2021/10/18/russia-suspends-its-mission-to-nato/\","
            + "\"d\":\"2021-10-18\",\"l\":\"en\",\"s\":\"The liaison office in Moscow closes.\","
            + "\"x\":[\"Moscow said on Monday that the mission would stop its work, in a row over expelled diplomats.\"],"
            + "\"f\":{\"topic\":[\"Diplomacy\"],\"place\":[\"Moscow\"],\"author\":[\"Ann Writer\"],\"source\":[\"Reuters\"]}},"
            + "{\"t\":\"Les ministres de la Défense se réunissent\",\"u\":\"/2021/10/18/les-ministres-de-la-defense-se-reunissent/\","
            + "\"d\":\"2021-10-18\",\"l\":\"fr\",\"s\":\"\",\"x\":[\"Les ministres européens ont parlé des économies d\u2019énergie.\"],"
            + "\"f\":{\"topic\":[\"Defence\"],\"place\":[\"Brussels\"],\"author\":[],\"source\":[\"AFP\"]}}]\n");
    assertThat(site.file("search/d/0.json")).startsWith(
        "[{\"t\":\"\\u003cscript\\u003ealert('x')\\u003c/script\\u003e \\u0026 \\\"quotes\\\"\",");
    assertThat(site.file("search/d/2.json")).as("the last file holds the documents left: the page").isEqualTo(
        "[{\"t\":\"About us\",\"u\":\"/about/\",\"d\":\"\",\"l\":\"en\",\"s\":\"\","
            + "\"x\":[\"We write a daily briefing on European security.\"],\"f\":{\"topic\":[],\"place\":[],\"author\":[],\"source\":[]}}]\n");
    assertThat(site.outputPaths().stream().filter(p -> p.startsWith("search/d/"))).as("five documents, three result files")
        .containsExactlyInAnyOrder("search/d/0.json", "search/d/1.json", "search/d/2.json");
    assertThat(site.file("search/manifest.json")).startsWith("{\"version\":\"").endsWith("}\n");
  }

  @Test
  void anEditRewritesOnlyTheFragmentsOfTheWordsItChangesAndIsFoundAtOnce() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Map<String, FileTime> before = times(site.out().resolve("search/f"));
    Map<String, FileTime> resultsBefore = times(site.out().resolve("search/d"));
    assertThat(before.size()).isGreaterThan(8);
    site.edit("content/2021/10/18/mission.md", "expelled diplomats", "expelled zanzibarite diplomats").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    Map<String, FileTime> resultsAfter = times(site.out().resolve("search/d"));
    assertThat(resultsBefore.keySet().stream().filter(file -> !resultsBefore.get(file).equals(resultsAfter.get(file))))
        .as("of the result files, only the one that holds the edited story (documents 2 and 3)").containsExactly("1.json");
    Map<String, FileTime> after = times(site.out().resolve("search/f"));
    List<String> rewritten = new ArrayList<>();
    before.forEach((file, time) -> {
      if (!time.equals(after.get(file))) {
        rewritten.add(file);
      }
    });
    Index index = new Index(site);
    int mission = index.id("Russia suspends its mission to NATO");
    String zan = Index.bucket("zan", (Integer) index.manifest.get("fragments")) + ".json";
    assertThat(rewritten).as("the fragment of the new word").contains(zan);
    for (String file : before.keySet()) {
      if (!file.equals(zan) && !rewritten.contains(file)) {
        continue;
      }
      Map<?, ?> stems = (Map<?, ?>) index.json("search/f/" + file).get("p");
      assertThat(stems.values()).as(file + " was rewritten: it holds a word of the story")
          .anySatisfy(entry -> assertThat(ids(PostingsCodec.decode((String) ((List<?>) entry).get(1)))).contains(mission));
    }
    assertThat(rewritten.size()).as("a story's length moves its words' weights only when it crosses a step").isLessThan(3);
    assertThat(new Index(site).titles("zanzibarite")).containsExactly("Russia suspends its mission to NATO");
  }

  /** {@code briefing build --timings} of the site in {@code dir}, which must succeed. */
  private CliTest.Run timedBuild() {
    CliTest.Run run = CliTest.run("build", "--site", dir.toString(), "--timings");
    assertThat(run.code()).as(run.err()).isZero();
    return run;
  }

  /** The same, after the mission story's body gained the word "zanzibarite". */
  private CliTest.Run timedBuildAfterANewWordInTheMissionStory() throws java.io.IOException {
    Path story = dir.resolve("content/2021/10/18/mission.md");
    Files.writeString(story, Files.readString(story).replace("expelled diplomats", "expelled zanzibarite diplomats"));
    return timedBuild();
  }

  @Test
  void anEditLaysOutOnlyTheFragmentsOfTheWordsItChangesAndGivesTheBytesOfACleanBuild() throws Exception {
    TestSite site = TestSite.of(dir, SITE);
    CliTest.Run clean = timedBuild();
    assertThat(clean.err()).contains("16 of 16 fragments laid out");

    CliTest.Run edited = timedBuildAfterANewWordInTheMissionStory();
    java.util.regex.Matcher laidOut = java.util.regex.Pattern.compile("(\\d+) of 16 fragments laid out").matcher(edited.err());
    assertThat(laidOut.find()).as(edited.err()).isTrue();
    assertThat(Integer.parseInt(laidOut.group(1))).as("the fragments of the new word, and of words whose weight moved")
        .isBetween(1, 3);
    // the edit's output is compared with a clean build's, byte for byte (briefing build finds it up to date)
    site.build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.UP_TO_DATE);
    assertThat(new Index(site).titles("zanzibarite")).containsExactly("Russia suspends its mission to NATO");

    Path story = dir.resolve("content/2021/10/18/mission.md");
    Files.writeString(story, Files.readString(story).replace("zanzibarite", "quarrelsome"));
    site.build();
    assertThat(site.lastWay()).as("an edit compared with a clean build").isEqualTo(BuildPlanner.Way.EDIT);
    assertThat(new Index(site).titles("zanzibarite")).isEmpty();
    assertThat(new Index(site).titles("quarrelsome")).containsExactly("Russia suspends its mission to NATO");
  }

  @Test
  void anEditAddsItsAnalysesToTheCacheFileRatherThanWritingItAgainAndACutFileIsSurvived() throws Exception {
    TestSite site = TestSite.of(dir, SITE);
    assertThat(CliTest.run("build", "--site", dir.toString()).code()).isZero();
    Path file;
    try (Stream<Path> files = Files.walk(dir.resolve(".briefing-cache"))) {
      file = files.filter(p -> p.getFileName().toString().equals("search.bin")).findFirst().orElseThrow();
    }
    byte[] before = Files.readAllBytes(file);
    Path story = dir.resolve("content/2021/10/18/mission.md");
    Files.writeString(story, Files.readString(story).replace("expelled diplomats", "expelled zanzibarite diplomats"));
    CliTest.Run edited = CliTest.run("build", "--site", dir.toString(), "--timings");
    assertThat(edited.err()).contains("search index: 1 of 5 documents analysed");
    byte[] after = Files.readAllBytes(file);
    assertThat(after.length).as("one document added").isGreaterThan(before.length).isLessThan(before.length + before.length / 2);
    assertThat(Arrays.copyOf(after, before.length)).as("the file as it was, with the edit's document after it").isEqualTo(before);
    site.build();
    assertThat(site.lastWay()).as("the edit's output is a clean build's").isEqualTo(BuildPlanner.Way.UP_TO_DATE);

    // a write cut off by a crash: the cut record is left out, and the next edit still gives a clean build's bytes
    Files.write(file, Arrays.copyOf(after, after.length - 3));
    site.edit("content/2021/10/18/mission.md", "zanzibarite", "quarrelsome").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    assertThat(new Index(site).titles("quarrelsome")).containsExactly("Russia suspends its mission to NATO");
    assertThat(new Index(site).titles("zanzibarite")).isEmpty();
    site.edit("content/2021/10/18/mission.md", "quarrelsome", "zanzibarite").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    assertThat(new Index(site).titles("zanzibarite")).containsExactly("Russia suspends its mission to NATO");
  }

  @Test
  void aWordOfManyStoriesKeepsItsBestPostingsInItsFragmentAndTheWholeListInItsTailFile() throws Exception {
    StringBuilder text = new StringBuilder(Fixtures.CONFIG);
    for (int day = 1; day <= 30; day++) {
      String title = day % 10 == 0 ? "The harbour reopens, day " + day : "Ferries are late on day " + day;
      text.append("-- content/2021/10/%02d/story.md --\n---\ntitle: %s\ndate: 2021-10-%02dT09:00\nsources: [{name: Desk}]\n---\n"
          .formatted(day, title, day));
      text.append("The ferry left the harbour late.\n\n").append("A long paragraph of other words. ".repeat(20)).append("\n\n")
          .append("The last paragraph names the lighthouse keeper.\n");
    }
    Index index = new Index(TestSite.of(dir, text.toString()).build());
    List<?> entry = (List<?>) ((Map<?, ?>) index.fragment("har").get("p")).get("harbour");
    assertThat(entry.get(0)).as("the number of documents").isEqualTo(30);
    List<Integer> head = ids(PostingsCodec.decode((String) entry.get(1)));
    assertThat(head).hasSize(16).contains(index.id("The harbour reopens, day 10"), index.id("The harbour reopens, day 20"),
        index.id("The harbour reopens, day 30"));
    assertThat(head).as("then the newest").contains(index.id("Ferries are late on day 29")).doesNotContain(index.id("Ferries are late on day 1"));
    assertThat(index.postings("harbour")).as("the whole list, from the tail file").hasSize(30);
    // a query that needs whole lists fetches the tail file alone: it has the fragment's words, and every stem's list whole
    Map<?, ?> tail = index.tail("har");
    assertThat(tail.get("w")).isEqualTo(index.fragment("har").get("w"));
    Map<?, ?> fragmentStems = (Map<?, ?>) index.fragment("har").get("p");
    Map<?, ?> tailStems = (Map<?, ?>) tail.get("p");
    assertThat(tailStems.keySet()).isEqualTo(fragmentStems.keySet());
    assertThat(tailStems.containsKey("harbour")).isTrue();
    tailStems.forEach((stem, list) -> {
      assertThat(((List<?>) list).get(0)).isEqualTo(((List<?>) fragmentStems.get(stem)).get(0));
      assertThat(PostingsCodec.decode((String) ((List<?>) list).get(1))).hasSize(2 * (Integer) ((List<?>) list).get(0));
    });

    Map<?, ?> card = index.doc(index.id("Ferries are late on day 1"));
    assertThat(((List<?>) card.get("x")).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "))).as("a result file holds the opening of the text")
        .startsWith("The ferry left the harbour late.").endsWith("\u2026").doesNotContain("lighthouse").hasSizeLessThan(360);
    assertThat(index.site.outputPaths()).as("no copy of the whole texts: a phrase is checked against the story's page")
        .noneMatch(p -> p.startsWith("search/t/"));
    assertThat(indexText(index.site)).doesNotContain("lighthouse keeper");
  }

  @Test
  void aRebuildAnalysesOnlyTheStoriesThatChangedAndTakesTheOthersFromTheCache() throws Exception {
    TestSite site = TestSite.of(dir, SITE);
    CliTest.Run clean = timedBuild();
    assertThat(clean.err()).contains("search index: 5 of 5 documents analysed");

    CliTest.Run edited = timedBuildAfterANewWordInTheMissionStory();
    assertThat(edited.err()).as("an edit of one story").contains("search index: 1 of 5 documents analysed");
    assertThat(new Index(site).titles("zanzibarite")).containsExactly("Russia suspends its mission to NATO");

    Files.writeString(dir.resolve("briefing.yaml"), Files.readString(dir.resolve("briefing.yaml")) + "# a note\n");
    CliTest.Run full = CliTest.run("build", "--site", dir.toString(), "--timings");
    assertThat(full.code()).as(full.err()).isZero();
    assertThat(full.err()).as("a full build of the same stories").contains("search index: 0 of 5 documents analysed");

    Files.writeString(dir.resolve("briefing.yaml"), Files.readString(dir.resolve("briefing.yaml")).replace("title: ", "title: New "));
    CliTest.Run configured = CliTest.run("build", "--site", dir.toString(), "--timings");
    assertThat(configured.err()).as("another configuration").contains("search index: 5 of 5 documents analysed");
    assertThat(new Index(site).titles("zanzibarite")).containsExactly("Russia suspends its mission to NATO");
  }

  @Test
  void editsOneAfterAnotherLayOutTheIndexFromTheListsTheLastFullBuildKept() throws Exception {
    TestSite site = TestSite.of(dir, SITE).build();
    Path lists = dir.resolve(".briefing-cache/public/search-lists.bin");
    byte[] kept = Files.readAllBytes(lists);
    // each rebuild, the preview's and briefing build's, is compared with a clean build by TestSite
    site.edit("content/2021/10/18/mission.md", "expelled diplomats", "expelled zanzibarite diplomats").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    site.edit("content/2021/10/17/truppen.md", "übt in Litauen", "übt quarrelsome in Litauen").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    site.edit("content/2021/10/18/mission.md", "zanzibarite", "quarrelsome").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    assertThat(new Index(site).titles("zanzibarite")).isEmpty();
    assertThat(new Index(site).titles("quarrelsome"))
        .containsExactlyInAnyOrder("Russia suspends its mission to NATO", "Die Ministerin besucht die Truppen");
    // lists gathered anew after an edit would hold the edited stories: the edits brought the kept
    // ones up to date each time, and left them as the full build wrote them
    assertThat(Files.readAllBytes(lists)).isEqualTo(kept);
    site.edit("briefing.yaml", "title: ", "title: New ").build();
    assertThat(Files.readAllBytes(lists)).as("a full build keeps the lists it gathered").isNotEqualTo(kept);
  }

  @Test
  void searchFalseInTheConfigurationLeavesOutTheIndexThePageAndTheBox() throws Exception {
    // with a copy of the theme's script, as init --copy-theme writes one
    TestSite site = TestSite.of(dir, SITE.replace("language: en\n", "language: en\nsearch: false\n") + """
        -- templates/assets/search.js --
        // the site's copy of the search script
        """).build();
    assertThat(site.outputPaths()).noneMatch(path -> path.startsWith("search/"));
    assertThat(site.outputPaths()).as("no search script either, not even the site's copy")
        .doesNotContain("assets/search.js").contains("assets/briefing.css");
    assertThat(site.html("index.html").select("form[role=search]")).isEmpty();
    site.edit("briefing.yaml", "search: false", "search: true").build();
    assertThat(site.exists("search/manifest.json")).isTrue();
    assertThat(site.file("assets/search.js")).contains("the site's copy");
    assertThat(site.html("index.html").select("form[role=search]")).hasSize(1);
    site.edit("briefing.yaml", "search: true", "search: false").build();
    assertThat(site.outputPaths()).noneMatch(path -> path.startsWith("search/")).doesNotContain("assets/search.js");
  }

  private static List<Integer> ids(int[] postings) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < postings.length; i += 2) {
      ids.add(postings[i]);
    }
    return ids;
  }

  private static Map<String, FileTime> times(Path folder) throws Exception {
    Map<String, FileTime> times = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        times.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
      }
    }
    return times;
  }

  /** The text of every file of the search index, in the order of their names. */
  static String indexText(TestSite site) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(site.out().resolve("search"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        all.append(Files.readString(f));
      }
    }
    return all.toString();
  }

  /** The index as the search script reads it; the folding here is the script's (lower case, accents dropped). */
  static final class Index {
    final TestSite site;
    final Map<?, ?> manifest;

    Index(TestSite site) {
      this.site = site;
      this.manifest = json("search/manifest.json");
    }

    Map<?, ?> json(String path) {
      return (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(site.file(path));
    }

    Set<Object> stop() {
      return new TreeSet<Object>((List<?>) manifest.get("stop"));
    }

    static String fold(String word) {
      return java.text.Normalizer.normalize(word.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFKD)
          .replaceAll("\\p{M}", "");
    }

    static int bucket(String key, int count) {
      int h = 0x811c9dc5;
      for (int i = 0; i < key.length(); i++) {
        h = (h ^ key.charAt(i)) * 16777619;
      }
      return h & (count - 1);
    }

    Map<?, ?> fragment(String key) {
      return json("search/f/" + bucket(key, (Integer) manifest.get("fragments")) + ".json");
    }

    Map<?, ?> tail(String key) {
      return json("search/g/" + bucket(key, (Integer) manifest.get("fragments")) + ".json");
    }

    /** A stem's postings as [id, level, id, level, …]: from its fragment, else (when that has its best ones only) from its tail file. */
    int[] stemPostings(String key, String stem) {
      List<?> entry = (List<?>) ((Map<?, ?>) fragment(key).get("p")).get(stem);
      int[] postings = PostingsCodec.decode((String) entry.get(1));
      if (postings.length / 2 == (Integer) entry.get(0)) {
        return postings;
      }
      Map<?, ?> tail = json("search/g/" + bucket(key, (Integer) manifest.get("fragments")) + ".json");
      return PostingsCodec.decode((String) ((List<?>) ((Map<?, ?>) tail.get("p")).get(stem)).get(1));
    }

    /** Document number to weight, for the stems of a word as typed (its own, else the stems it begins with). */
    Map<Integer, Integer> postings(String typed) {
      String word = fold(typed);
      Map<?, ?> fragment = fragment(word.length() <= 3 ? word : word.substring(0, 3));
      Map<?, ?> words = (Map<?, ?>) fragment.get("w");
      Map<?, ?> stems = (Map<?, ?>) fragment.get("p");
      List<String> found = new ArrayList<>();
      if (words.containsKey(word)) {
        found.addAll(List.of(((String) words.get(word)).split(" ")));
      } else {
        stems.keySet().stream().map(String.class::cast)
            .filter(s -> s.length() >= Math.max(3, word.length() - 4) && word.startsWith(s)).forEach(found::add);
      }
      Map<Integer, Integer> postings = new HashMap<>();
      for (String stem : found) {
        int[] list = stemPostings(word.length() <= 3 ? word : word.substring(0, 3), stem);
        for (int i = 0; i < list.length; i += 2) {
          postings.merge(list[i], list[i + 1], Math::max);
        }
      }
      return postings;
    }

    List<String> titles(String typed) {
      return postings(typed).keySet().stream().sorted().map(id -> (String) doc(id).get("t")).toList();
    }

    List<Integer> facet(String facet, String name) {
      String key = facet + ":" + name;
      List<?> gaps = (List<?>) ((Map<?, ?>) fragment(key).get("f")).get(key);
      List<Integer> ids = new ArrayList<>();
      int id = 0;
      for (Object gap : gaps) {
        id += (Integer) gap;
        ids.add(id);
      }
      return ids;
    }

    int group() {
      return (Integer) manifest.get("group");
    }

    /** Document {@code id} of its result file, which holds the documents of {@link #group} consecutive numbers. */
    Map<?, ?> doc(int id) {
      List<?> file = (List<?>) new Load(LoadSettings.builder().build()).loadFromString(site.file("search/d/" + id / group() + ".json"));
      return (Map<?, ?>) file.get(id % group());
    }

    int id(String title) {
      for (int id = 0; id < (Integer) manifest.get("documents"); id++) {
        if (title.equals(doc(id).get("t"))) {
          return id;
        }
      }
      throw new AssertionError("no document titled " + title);
    }
  }
}
