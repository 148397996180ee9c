package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.problem.Problem;
import org.briefing.rebuild.BuildPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link or image written in Markdown to an address of the site must lead to something the build
 * publishes. One that does not is an error at its line: a dead link, and when the address is that
 * of a story, page or edition held back, a leak of its headline. Every build checks every text, so
 * a rebuild fails as a clean build does (TestSite compares them) after an edit, a deletion or a hold.
 */
class OwnLinksTest {
  @TempDir Path dir;

  private static final String HELD = """
      -- content/stories/minister.md --
      ---
      title: Defence minister to resign over leaked plan
      date: 2021-10-20T10:00:00+02:00
      draft: true
      sources: [reuters]
      ---
      Embargoed until Friday.
      """;

  private static final String MINISTER = "/2021/10/20/defence-minister-to-resign-over-leaked-plan/";

  /** The fixture with {@code text} as the last paragraph of reaction.md, at its line 12. */
  private static String withText(String text) {
    return Fixtures.TWO_EDITIONS.replace("Officials spoke after a meeting in Brussels.", text);
  }

  private static String where(Problem p) {
    return p.position().file().getFileName() + ":" + p.position().line();
  }

  @Test
  void aLinkToAStoryHeldBackAsADraftIsAnErrorAtItsLineNamingTheHold() {
    List<Problem> errors = TestSite.of(dir, withText("More on this: [the minister](" + MINISTER + ").") + HELD).buildFails();
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo("reaction.md:12");
      assertThat(e.message()).isEqualTo("the link '" + MINISTER + "' leads to a story held back as a draft: the site publishes nothing at "
          + MINISTER + " yet, and the link would give its address away before it is out (a story's address holds its headline)");
    });
  }

  @Test
  void aLinkToAStoryDatedLaterOrToItsEditionIsAnError() {
    String later = HELD.replace("draft: true", "").replace("2021-10-20", "2021-11-20");
    List<Problem> errors = TestSite.of(dir, withText("See [the minister](/2021/11/20/defence-minister-to-resign-over-leaked-plan/) "
        + "and [the edition](../../../../briefings/2021-11-20/#top).") + later).buildFails();
    assertThat(errors).extracting(Problem::message).satisfiesExactlyInAnyOrder(
        m -> assertThat(m).contains("leads to a story dated later, which is not published yet"),
        m -> assertThat(m).contains("'../../../../briefings/2021-11-20/#top' leads to the edition of 2021-11-20, whose stories are held back"));
  }

  @Test
  void aLinkOrImageToAnAddressWhereNothingIsPublishedIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, withText("Read [about us](/about-us/).\n\n![A map](../map.png 'Map: The Desk')")).buildFails();
    assertThat(errors).satisfiesExactly(
        e -> {
          assertThat(where(e)).isEqualTo("reaction.md:12");
          assertThat(e.message()).isEqualTo("the link '/about-us/' leads to no address of the site: nothing is published at /about-us/,"
              + " and readers would find a missing page");
        },
        e -> {
          assertThat(where(e)).isEqualTo("reaction.md:14");
          assertThat(e.message()).contains("the image '../map.png'", "/2021/10/18/map.png", "a broken image");
        });
  }

  /** Every address the site writes, written from the root or relative to the story's page, with or without its last slash. */
  @Test
  void linksToPagesFeedsFilesStoriesAndAliasesThatTheSitePublishesPass() {
    TestSite site = TestSite.of(dir, withText("""
        See [us](/about), [us again](/about/#team), [home](/), [the feed](/feed.xml), [JSON](/feed.json?x=1),
        [the flag](/images/flag.png), [the expulsions](../../../../2021/10/06/nato-expels-eight-members-of-the-russian-mission/),
        [the suspension](../russia-suspends-its-mission-to-nato), [its page](./), [its old address](/old/suspension/),
        [the edition](/briefings/2021-10-18/), [escaped](/images/fl%61g.png), [here](#top), [next](?page=2) and [ref][r].

        [r]: /about/index.html""").replace("topics: [Russia, NATO]\n", "topics: [Russia, NATO]\naliases: [/old/suspension/]\n") + """
        -- content/pages/about.md --
        ---
        title: About us
        ---
        We are [the desk](/) of [the flag](../images/flag.png).
        """).build();
    assertThat(site.file("2021/10/18/allies-regret-the-decision/index.html")).contains("href=\"/about\"");
  }

  @Test
  void thePagesTextTheStorysBriefAndTheEditionsNoteAreCheckedAtTheirLines() {
    List<Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS
        .replace("whats_next: Defence ministers meet next week.", "whats_next: Defence ministers meet [next week](/agenda/).") + """
        -- content/pages/about.md --
        ---
        title: About us
        ---
        We are [the desk](/desk/).
        -- content/editions/2021-10-18.md --
        ---
        title: Monday
        ---
        Today: [the minister](/2021/10/20/defence-minister-to-resign-over-leaked-plan/).
        """ + HELD).buildFails();
    assertThat(errors).extracting(OwnLinksTest::where).containsExactlyInAnyOrder("suspension.md:22", "about.md:4", "2021-10-18.md:4");
  }

  /** Under a sub-path a link from the root gets the sub-path; one already written with it is left so: both lead to the page. */
  @Test
  void underASubPathAddressesFromTheRootAndWithTheSubPathPass() {
    TestSite.of(dir, withText("See [us](/about/) and [us](/desk/about/).").replace("base_url: https://example.org/", "base_url: https://example.org/desk/")
        + """
        -- content/pages/about.md --
        ---
        title: About us
        ---
        Hello.
        """).build();
  }

  /**
   * Under a sub-path, a path that leads above the site's root (climbing out with '..', from the root
   * past it, or with the sub-path and then '..') leaves the site: it would lead elsewhere once the
   * site is published at another address, and nothing checks what is there. It is an error at its
   * line, in the text as in a source's or a go_deeper link's url.
   */
  @Test
  void underASubPathAPathThatLeavesTheSiteIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, withText("See [the results](../../../../../sport/results/), ![a map](/news/../images/flag.png 'Map: Desk')"
        + " and [the paper](/../paper/).").replace("base_url: https://example.org/", "base_url: https://example.org/news/")
        .replace("sources: [nato]\n", "sources:\n  - nato\n  - {name: Old report, url: \"/news/../files/old.pdf\"}\n"
            + "go_deeper:\n  - {title: Sport, url: \"../../../../../sport/\"}\n")).buildFails();
    assertThat(errors).extracting(OwnLinksTest::shortly).containsExactlyInAnyOrder(
        "reaction.md:7 the link '/news/../files/old.pdf' leads out of the site",
        "reaction.md:9 the link '../../../../../sport/' leads out of the site",
        "reaction.md:16 the link '../../../../../sport/results/' leads out of the site",
        "reaction.md:16 the image '/news/../images/flag.png' leads out of the site",
        "reaction.md:16 the link '/../paper/' leads out of the site");
    assertThat(errors.get(0).message()).contains("/files/old.pdf on the site's host, outside /news/");
    assertThat(errors).allSatisfy(e -> assertThat(e.hint()).contains("full address (https://example.org/"));
  }

  /** The same places written as full addresses are other parts of the host, published as written; paths that stay in the site build. */
  @Test
  void fullAddressesAboveTheSubPathAndPathsThatStayInTheSiteBuild() {
    TestSite site = TestSite.of(dir, withText("See [the results](https://example.org/sport/results/), [us](../../../../about/),"
        + " [home](/news/../news/) and [the flag](../../../../../news/images/flag.png).")
        .replace("base_url: https://example.org/", "base_url: https://example.org/news/") + """
        -- content/pages/about.md --
        ---
        title: About us
        ---
        Hello.
        """).build();
    assertThat(site.html("2021/10/18/allies-regret-the-decision/").select("main a").eachAttr("href"))
        .contains("https://example.org/sport/results/", "/news/about/");
    // at the root of its host a site has no outside: '..' above the root stays there, as browsers read it
    TestSite.of(dir.resolve("root"), withText("See [us](../../../../../about/) and [the flag](/../images/flag.png).") + """
        -- content/pages/about.md --
        ---
        title: About us
        ---
        Hello.
        """).build();
  }

  /** Deleting or holding back a story another links to makes the next rebuild fail as a clean build does; undoing it builds again. */
  @Test
  void deletingOrHoldingBackALinkedStoryFailsTheRebuildAndUndoingItBuilds() {
    TestSite site = TestSite.of(dir, withText("Before: [the expulsions](/2021/10/06/nato-expels-eight-members-of-the-russian-mission/).")).build();
    site.edit("content/stories/expulsions.md", "tags: [Russia]", "tags: [Russia]\ndraft: true");
    assertThat(site.buildFails()).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo("reaction.md:12");
      assertThat(e.message()).contains("held back as a draft");
    });
    site.edit("content/stories/expulsions.md", "tags: [Russia]\ndraft: true", "tags: [Russia]").build();
    String kept = site.file("2021/10/06/nato-expels-eight-members-of-the-russian-mission/index.html");
    assertThat(kept).isNotEmpty();
    site.delete("content/stories/expulsions.md");
    assertThat(site.buildFails()).singleElement().satisfies(e -> assertThat(e.message()).contains("leads to no address of the site"));
    site.write(Fixtures.TWO_EDITIONS.substring(Fixtures.TWO_EDITIONS.indexOf("-- content/stories/expulsions.md --"),
        Fixtures.TWO_EDITIONS.indexOf("-- static/images/flag.png --"))).build();
  }

  /** A text edit is rebuilt the edit way; one that breaks a link fails that way as the full way and a clean build do. */
  @Test
  void anEditThatBreaksALinkFailsTheEditWayAndTheFullWay() {
    TestSite site = TestSite.of(dir, withText("See [us](/about/).") + """
        -- content/pages/about.md --
        ---
        title: About us
        ---
        Hello.
        """).build();
    // the first rebuild goes the full way (the build wrote published-addresses.txt); the next text edit the edit way
    site.edit("content/stories/reaction.md", "See [us]", "See all of [us]").build();
    site.edit("content/stories/reaction.md", "See all of [us]", "See [us]").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    assertThat(site.lastPreviewWay()).isEqualTo(BuildPlanner.Way.EDIT);
    site.edit("content/stories/reaction.md", "(/about/)", "(/about-us/)");
    assertThat(site.buildFails()).extracting(OwnLinksTest::where).containsExactly("reaction.md:12");
    site.edit("content/stories/reaction.md", "(/about-us/)", "(/about/)").build();
    // the full way: the same edit with a change of where the story stands
    site.edit("content/stories/reaction.md", "topics: [NATO]", "topics: [NATO, Diplomacy]").edit("content/stories/reaction.md", "(/about/)", "(/about-us/)");
    assertThat(site.buildFails()).extracting(OwnLinksTest::where).containsExactly("reaction.md:12");
  }

  /** A full address on the site's host is one of its own, checked as the same address from the root would be. */
  @Test
  void aFullAddressOnTheSitesHostIsCheckedAsTheSitesOwn() {
    List<Problem> errors = TestSite.of(dir, withText("See [the minister](https://example.org" + MINISTER + "), [us](HTTP://Example.ORG:443/about-us/)"
        + " and [the expulsions](https://example.org/2021/10/06/nato-expels-eight-members-of-the-russian-mission/).") + HELD).buildFails();
    assertThat(errors).extracting(Problem::message).satisfiesExactlyInAnyOrder(
        m -> assertThat(m).startsWith("the link 'https://example.org" + MINISTER + "' leads to a story held back as a draft"),
        m -> assertThat(m).startsWith("the link 'HTTP://Example.ORG:443/about-us/' leads to no address of the site"));
  }

  /** A link copied from the preview leads to the editor's own computer, which no reader can reach. */
  @Test
  void aLinkOrImageToThisComputerIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, withText("See [it](http://127.0.0.1:1313/2021/10/06/nato-expels-eight-members-of-the-russian-mission/)."
        + "\n\n![A map](http://localhost:1313/images/flag.png 'Map: The Desk') and [v6](http://[::1]:8080/).")).buildFails();
    assertThat(errors).extracting(e -> where(e) + " " + e.message().substring(0, e.message().indexOf("' leads") + 1)).containsExactlyInAnyOrder(
        "reaction.md:12 the link 'http://127.0.0.1:1313/2021/10/06/nato-expels-eight-members-of-the-russian-mission/'",
        "reaction.md:14 the image 'http://localhost:1313/images/flag.png'", "reaction.md:14 the link 'http://[::1]:8080/'");
    assertThat(errors).allSatisfy(e -> assertThat(e.message()).contains("leads to this computer"));
  }

  /** Other sites, other parts of the site's host above its sub-path, and a site whose base_url is this computer build. */
  @Test
  void fullAddressesElsewhereOrOfASiteOnThisComputerBuild() {
    TestSite.of(dir, withText("See [a site](https://example.com/missing/), [the paper](https://example.org/sport/)"
        + " and [the home](https://example.org/desk/).").replace("base_url: https://example.org/", "base_url: https://example.org/desk/")).build();
    TestSite.of(dir.resolve("local"), withText("See [us](http://localhost:8000/2021/10/06/nato-expels-eight-members-of-the-russian-mission/).")
        .replace("base_url: https://example.org/", "base_url: http://localhost:8000/")).build();
  }

  /** A browser reads each of these as this computer (WHATWG URL): a final dot, IPv4 in short, hexadecimal, octal or one number, IPv6 in any form. */
  @Test
  void everySpellingOfThisComputerIsAnError() {
    List<String> spellings = List.of("localhost.:1313", "127.1:1313", "0x7f.1:1313", "2130706433:1313", "0177.0.0.1:1313", "[::ffff:127.0.0.1]:1313",
        "[0:0:0:0:0:0:0:1]:1313", "[0::1]:1313", "LocalHost", "local%68ost", "0", "[::]", "preview.localhost.:8080");
    StringBuilder text = new StringBuilder();
    spellings.forEach(host -> text.append("[a](http://").append(host).append("/x/)\n\n"));
    List<Problem> errors = TestSite.of(dir, withText(text.toString().strip())).buildFails();
    assertThat(errors).hasSize(spellings.size()).allSatisfy(e -> assertThat(e.message()).contains("leads to this computer"));
    assertThat(errors).extracting(OwnLinksTest::where).doesNotHaveDuplicates();
  }

  /** The host with or without www., or written with a final dot, is the site's: a held story there is refused. */
  @Test
  void theSitesHostWithOrWithoutWwwOrWithAFinalDotIsTheSitesOwn() {
    List<Problem> errors = TestSite.of(dir, withText("See [a](https://www.example.org" + MINISTER + "), [b](https://EXAMPLE.org." + MINISTER
        + ") and [c](https://www.example.org./about-us/).") + HELD).buildFails();
    assertThat(errors).hasSize(3);
    List<Problem> reverse = TestSite.of(dir.resolve("www"), withText("See [a](https://example.org" + MINISTER + ").")
        .replace("base_url: https://example.org/", "base_url: https://www.example.org/") + HELD).buildFails();
    assertThat(reverse).singleElement().satisfies(e -> assertThat(e.message()).contains("held back as a draft"));
  }

  /** An autolink and a bare address (pasted from the browser) are links as much as [text](…) is; a note over two lines before them moves no line. */
  @Test
  void anAutolinkOrABareAddressIsCheckedAtItsLine() {
    List<Problem> errors = TestSite.of(dir, withText("<!-- checked by\nthe desk -->\n\nSee <https://example.org" + MINISTER + ">.\n\nAlso https://example.org" + MINISTER
        + " and www.example.org" + MINISTER + "\n\nPreview: <http://localhost:1313/2021/10/18/allies-regret-the-decision/>,"
        + " http://127.0.0.1:1313/ and <https://example.org/about-us/>.") + HELD).buildFails();
    String local = "' leads to this computer (an address of the preview, or of a test server), which readers cannot reach";
    assertThat(errors).extracting(OwnLinksTest::shortly).containsExactlyInAnyOrder(
        "reaction.md:15 the link 'https://example.org" + MINISTER + "' leads to a story held back as a draft",
        "reaction.md:17 the link 'https://example.org" + MINISTER + "' leads to a story held back as a draft",
        "reaction.md:17 the link 'http://www.example.org" + MINISTER + "' leads to a story held back as a draft",
        "reaction.md:19 the link 'http://localhost:1313/2021/10/18/allies-regret-the-decision/" + local,
        "reaction.md:19 the link 'http://127.0.0.1:1313/" + local,
        "reaction.md:19 the link 'https://example.org/about-us/' leads to no address of the site");
  }

  /** Where {@code p} is, and its message up to the first ": ". */
  private static String shortly(Problem p) {
    int end = p.message().indexOf(": ");
    return where(p) + " " + (end < 0 ? p.message() : p.message().substring(0, end));
  }

  /** The addresses of a story's sources and go_deeper links and of the site's menus are published too: each is checked at its line. */
  @Test
  void aSourceAGoDeeperOrAMenuLinkToThisComputerOrToAHeldStoryIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("publisher:\n  name: Test Desk\n", """
        publisher:
          name: Test Desk
        menu:
          - {name: Home, url: /}
          - {name: Preview, url: "http://[::1]:1313/"}
          - {name: Scoop, url: "https://www.example.org/2021/10/20/defence-minister-to-resign-over-leaked-plan/"}
        footer_menu:
          - {name: Local, url: "http://127.1/"}
        """).replace("sources: [nato]\n", """
        sources:
          - nato
          - {name: Our preview, url: "http://localhost:1313/2021/10/18/allies-regret-the-decision/"}
        go_deeper:
          - {title: The minister, url: "https://example.org/2021/10/20/defence-minister-to-resign-over-leaked-plan/"}
          - {title: Again, url: "/2021/10/20/defence-minister-to-resign-over-leaked-plan/"}
          - {title: Elsewhere, url: "https://example.com/2021/10/20/defence-minister-to-resign-over-leaked-plan/"}
        """) + HELD).buildFails();
    String local = "' leads to this computer (an address of the preview, or of a test server), which readers cannot reach";
    String minister = "2021/10/20/defence-minister-to-resign-over-leaked-plan/' leads to a story held back as a draft";
    assertThat(errors).extracting(OwnLinksTest::shortly).containsExactlyInAnyOrder(
        "reaction.md:7 the link 'http://localhost:1313/2021/10/18/allies-regret-the-decision/" + local,
        "reaction.md:9 the link 'https://example.org/" + minister, "reaction.md:10 the link '/" + minister,
        "briefing.yaml:10 the link 'http://[::1]:1313/" + local, "briefing.yaml:11 the link 'https://www.example.org/" + minister,
        "briefing.yaml:13 the link 'http://127.1/" + local);
  }

  /** An organisation's website in sources.yaml is published under every story citing it: one on this computer is an error at its line. */
  @Test
  void aSourceOfSourcesYamlOnThisComputerIsAnErrorAtItsLine() {
    List<Problem> errors = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("url: https://www.nato.int/", "url: http://localhost:1313/sources/nato/"))
        .buildFails();
    assertThat(errors).extracting(OwnLinksTest::shortly).containsExactly("sources.yaml:7 the link 'http://localhost:1313/sources/nato/' of the source"
        + " 'nato' leads to this computer (an address of the preview, or of a test server), which readers cannot reach");
  }

  /**
   * An organisation's website in sources.yaml is published under every story that cites it: one on
   * the site's own host and sub-path must lead to something the site publishes, as a story's own
   * sources must; a relative one, read from each story's page, would lead to another place from each.
   */
  @Test
  void aSourceOfSourcesYamlOnTheSitesOwnHostMustLeadToAPublishedAddress() {
    String site = Fixtures.TWO_EDITIONS.replace("base_url: https://example.org/", "base_url: https://example.org/news/")
        .replace("  type: official\n", """
          type: official
        archive:
          name: Our archive
          url: https://example.org/news/archive/2020/
        minister:
          name: The minister's office
          url: /2021/10/20/defence-minister-to-resign-over-leaked-plan/
        wire:
          name: The wire
          url: www.reuters.com
        """) + HELD;
    TestSite built = TestSite.of(dir, site);
    assertThat(built.buildFails()).extracting(OwnLinksTest::shortly).containsExactly("sources.yaml:17 the link 'www.reuters.com' of the"
        + " source 'wire' is a relative address, which would lead to another place from each story that cites the source");
    built.edit("content/sources.yaml", "url: www.reuters.com", "url: https://www.reuters.com/");
    assertThat(built.buildFails()).extracting(OwnLinksTest::shortly).containsExactlyInAnyOrder(
        "sources.yaml:11 the link 'https://example.org/news/archive/2020/' leads to no address of the site",
        "sources.yaml:14 the link '/2021/10/20/defence-minister-to-resign-over-leaked-plan/' leads to a story held back as a draft");
  }

  /** Sources on the site's host that lead to its pages and files, or to another part of the host, build, and are published in full. */
  @Test
  void aSourceOfSourcesYamlThatLeadsToAPublishedAddressBuilds() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("base_url: https://example.org/", "base_url: https://example.org/news/")
        .replace("url: https://www.nato.int/", "url: /archive/2021/10/").replace("url: https://www.reuters.com/", "url: https://example.org/sport/"))
        .build();
    assertThat(site.html("2021/10/18/allies-regret-the-decision/").select(".sources-block a[rel=noopener]").eachAttr("href"))
        .containsExactly("https://example.org/news/archive/2021/10/");
  }

  /** A go_deeper link edited to a held story fails the edit way, as a clean build; put back, it builds. */
  @Test
  void anEditOfAGoDeeperLinkIsCheckedTheEditWay() {
    String expulsions = "/2021/10/06/nato-expels-eight-members-of-the-russian-mission/";
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS.replace("sources: [nato]\n",
        "sources: [nato]\ngo_deeper:\n  - {title: Before, url: \"https://example.org" + expulsions + "\"}\n") + HELD).build();
    site.edit("content/stories/reaction.md", "title: Before", "title: Earlier").build();
    site.edit("content/stories/reaction.md", "title: Earlier", "title: Before").build();
    assertThat(site.lastWay()).isEqualTo(BuildPlanner.Way.EDIT);
    assertThat(site.lastPreviewWay()).isEqualTo(BuildPlanner.Way.EDIT);
    site.edit("content/stories/reaction.md", expulsions, MINISTER);
    assertThat(site.buildFails()).singleElement().satisfies(e -> {
      assertThat(where(e)).isEqualTo("reaction.md:7");
      assertThat(e.message()).contains("held back as a draft");
    });
    site.edit("content/stories/reaction.md", "https://example.org" + MINISTER, "http://localhost:1313" + expulsions);
    assertThat(site.buildFails()).singleElement().satisfies(e -> assertThat(e.message()).contains("leads to this computer"));
    site.edit("content/stories/reaction.md", "http://localhost:1313" + expulsions, "https://example.org" + expulsions).build();
  }

  /** Other hosts, "localhost" or "127.0.0.1" as words of another host's address, and prose that names the preview are no links to this computer. */
  @Test
  void addressesThatOnlyMentionThisComputerBuild() {
    TestSite.of(dir, withText("See [a](https://example.com" + MINISTER + "), [b](https://localhost.example.com/), <https://example.com/localhost/guide/>,"
        + " https://example.com/search?host=127.0.0.1 and [c](https://www2.example.org/). The preview runs at localhost:1313, 127.0.0.1 or ::1.")
        .replace("sources: [nato]\n", "sources:\n  - nato\n  - {name: Docs, url: \"https://docs.example.com/localhost\"}\n"
            + "go_deeper:\n  - {title: Guide, url: \"https://example.net/?from=http://localhost:1313/\"}\n") + HELD).build();
  }

  /** A site published on this computer may link to it, in any spelling, in its text and its front matter. */
  @Test
  void aSiteOnThisComputerLinksToIt() {
    TestSite.of(dir, withText("See <http://localhost:8000/2021/10/06/nato-expels-eight-members-of-the-russian-mission/> and http://127.0.0.1:3000/.")
        .replace("base_url: https://example.org/", "base_url: http://localhost:8000/")
        .replace("sources: [nato]\n", "sources: [nato]\ngo_deeper:\n  - {title: Tools, url: \"http://[::1]:8000/\"}\n")).build();
  }
}
