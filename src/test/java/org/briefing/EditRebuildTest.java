package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing build} after an edit that leaves every story where it stands renders only the
 * pages that show the edited stories (its timings then name the "edited" phase), and writes what a
 * clean build writes; any other change goes the full way, with the same result.
 */
class EditRebuildTest {
  @TempDir Path dir;
  private TestSite site;
  private int cleanBuilds;

  @BeforeEach
  void firstBuild() {
    site = TestSite.of(dir, Fixtures.TWO_EDITIONS);
    CliTest.Run first = build();
    assertThat(first.code()).as(first.err()).isZero();
  }

  private CliTest.Run build() {
    return CliTest.run("build", "--site", dir.toString(), "--timings");
  }

  /** Rebuilds, checks that it took the edit path or not, and that the output is a clean build's. */
  private CliTest.Run rebuild(boolean editPath) throws Exception {
    CliTest.Run run = build();
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().contains(" edited ")).as("took the edit path: " + run.err()).isEqualTo(editPath);
    Path clean = dir.resolve("clean-" + ++cleanBuilds + "/public");
    CliTest.Run reference = CliTest.run("build", "--site", dir.toString(), "--out", clean.toString());
    assertThat(reference.code()).as(reference.err()).isZero();
    assertThat(CacheStoreTest.tree(dir.resolve("public"))).isEqualTo(CacheStoreTest.tree(clean));
    assertThat(warnings(run)).isEqualTo(warnings(reference));
    return run;
  }

  private static List<String> warnings(CliTest.Run run) {
    List<String> lines = new ArrayList<>();
    run.err().lines().filter(line -> line.contains("warning")).forEach(lines::add);
    return lines;
  }

  private void edit(String path, String from, String to) throws Exception {
    Path file = dir.resolve(path);
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void textEditsRenderOnlyThePagesThatShowTheStory() throws Exception {
    edit("content/stories/reaction.md", "Officials spoke after a meeting in Brussels.",
        "Officials spoke after a long meeting in Brussels on Tuesday.");
    CliTest.Run run = rebuild(true);
    assertThat(run.out()).contains("Built 3 stories");
    assertThat(Files.readString(dir.resolve("public/2021/10/18/allies-regret-the-decision/index.html"))).contains("long meeting");

    edit("content/stories/suspension.md", "standfirst: Moscow answers the expulsion of eight diplomats.",
        "standfirst: Moscow answers the expulsion of eight of its diplomats.");
    edit("content/stories/suspension.md", "caption: The flag outside the mission.", "caption: The flag outside the old mission.");
    rebuild(true);

    edit("content/stories/reaction.md", "They said dialogue remained open.", "They said that dialogue remained open.");
    rebuild(true);
  }

  /**
   * A page is rendered again after an edit only when its last rendering read a field of the
   * story's view that the edit changed: the bundled topic and month pages show headlines and
   * summaries, not the text. A site's own topic page that shows how long each story is reads the
   * field the same edit changes, and is rendered again.
   */
  @Test
  void anEditRendersAgainOnlyThePagesThatReadAFieldItChanged() throws Exception {
    Path topic = dir.resolve("public/topics/nato/index.html");
    Path month = dir.resolve("public/archive/2021/10/index.html");
    Path story = dir.resolve("public/2021/10/18/allies-regret-the-decision/index.html");
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(946_684_800_000L);
    for (Path page : List.of(topic, month, story)) {
      Files.setLastModifiedTime(page, old);
    }
    edit("content/stories/reaction.md", "Officials spoke after a meeting in Brussels.",
        "Officials spoke after a meeting in Brussels, the second one this month, that went on late into the night.");
    rebuild(true);
    assertThat(Files.getLastModifiedTime(story)).isNotEqualTo(old);
    assertThat(Files.getLastModifiedTime(topic)).isEqualTo(old);
    assertThat(Files.getLastModifiedTime(month)).isEqualTo(old);

    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("templates/topic.ftlh"), """
        <!doctype html><html lang="en"><title>${topic.name}</title>
        <#list topic.articles as a><p>${a.title}: ${a.words} words</p></#list>
        """);
    rebuild(false);
    Files.setLastModifiedTime(topic, old);
    Files.setLastModifiedTime(month, old);
    edit("content/stories/reaction.md", "the second one this month, ", "");
    rebuild(true);
    assertThat(Files.readString(topic)).contains("Allies regret the decision: ");
    assertThat(Files.getLastModifiedTime(topic)).isNotEqualTo(old);
    assertThat(Files.getLastModifiedTime(month)).isEqualTo(old);
  }

  /**
   * A story's page shows all of its own story, and is rendered again whenever that story changes;
   * what it reads of its own story is not noted, so that the fields it reads of the other stories
   * it shows (its related stories) decide whether an edit of one of them renders it again: the
   * bundled story page shows headlines and summaries of related stories, not their text. A site's
   * own story page that prints a related story's length reads the field a text edit changes.
   */
  @Test
  void aStorysPageNotesOnlyWhatItReadsOfOtherStories() throws Exception {
    String suspension = "2021/10/18/russia-suspends-its-mission-to-nato/index.html";
    String reaction = "2021/10/18/allies-regret-the-decision/index.html";
    List<String> components = java.util.Arrays.stream(org.briefing.render.Views.ArticleView.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).toList();
    long body = 1L << components.indexOf("body");
    long words = 1L << components.indexOf("words");
    long title = 1L << components.indexOf("title");
    java.util.Map<String, Long> read = fieldsRead();
    assertThat(read).as("a story's page reads its related story's fields, not every field").containsKey(suspension);
    assertThat(read.get(suspension) & title).as("the related story's headline").isNotZero();
    assertThat(read.get(suspension) & (body | words)).as("its own text is not noted, nor is a related story's").isZero();

    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("templates/article.ftlh"), """
        <!doctype html><html lang="en"><title>${article.title}</title>${article.bodyHtml?no_esc}
        <#list related as a><p>${a.title}: ${a.words} words</p></#list>
        """);
    rebuild(false);
    assertThat(fieldsRead().get(suspension) & words).as("a related story's length, printed").isNotZero();
    int before = relatedWords(suspension);
    edit("content/stories/reaction.md", "Officials spoke after a meeting in Brussels.",
        "Officials spoke after a meeting in Brussels, the second one this month, that went on late into the night.");
    rebuild(true);
    assertThat(relatedWords(suspension)).as("the page of the story that lists the edited one").isGreaterThan(before);
    assertThat(Files.readString(dir.resolve("public/" + reaction))).contains("late into the night");
    // as many words as before: of the fields its page reads of other stories, none changes
    edit("content/stories/suspension.md", "NATO said it regretted the decision.", "NATO said it deplored the decision.");
    rebuild(true);
    assertThat(Files.readString(dir.resolve("public/" + suspension))).contains("NATO said it deplored");
  }

  private int relatedWords(String page) throws Exception {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Allies regret the decision: (\\d+) words")
        .matcher(Files.readString(dir.resolve("public/" + page)));
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private java.util.Map<String, Long> fieldsRead() {
    try (org.briefing.rebuild.CacheStore.Snapshot snapshot = new org.briefing.rebuild.CacheStore(dir.resolve("public")).snapshot()) {
      return new java.util.HashMap<>(snapshot.fieldsRead());
    }
  }

  /**
   * A story's fields of the site's own keep the order of its file, and a list page that prints
   * them prints that order: two fields swapped are a change of what the page read, though the
   * story's params are equal as maps.
   */
  @Test
  void fieldsOfTheSitesOwnSwappedRenderAgainTheListsThatPrintThem() throws Exception {
    Files.writeString(dir.resolve("briefing.yaml"), Files.readString(dir.resolve("briefing.yaml")) + "fields: [desk, mood]\n");
    edit("content/stories/reaction.md", "topics: [NATO]", "topics: [NATO]\ndesk: Brussels\nmood: calm");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("templates/topic.ftlh"), """
        <!doctype html><html lang="en"><title>${topic.name}</title>
        <#list topic.articles as a><p>${a.title}<#list a.params as k, v> ${k}=${v}</#list></p></#list>
        """);
    rebuild(false);
    edit("content/stories/reaction.md", "desk: Brussels\nmood: calm", "mood: calm\ndesk: Brussels");
    rebuild(true);
    assertThat(Files.readString(dir.resolve("public/topics/nato/index.html"))).contains("mood=calm desk=Brussels");
  }

  @Test
  void anEditOfTheSameSizeWithItsTimePutBackIsAnEditOfTheStory() throws Exception {
    // touch -r and cp -p set a file's time back; the change time the build stamps files with still moves
    Path other = dir.resolve("content/stories/suspension.md");
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(other);
    Files.writeString(other, Files.readString(other).replace("Russia said on Monday", "Russia said on Sunday"));
    Files.setLastModifiedTime(other, time);
    edit("content/stories/reaction.md", "Officials spoke after a meeting in Brussels.",
        "Officials spoke after a long meeting in Brussels.");
    CliTest.Run run = build();
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains(" edited ");
    String feed = Files.readString(dir.resolve("public/feed.xml"));
    assertThat(feed).contains("long meeting").contains("Russia said on Sunday").doesNotContain("Monday");
  }

  @Test
  void aChangeToWhereAStoryStandsGoesTheFullWayAndTheNextEditIsQuickAgain() throws Exception {
    edit("content/stories/reaction.md", "topics: [NATO]", "topics: [NATO, Diplomacy]");
    rebuild(false);
    edit("content/stories/reaction.md", "date: 2021-10-18T18:00:00+02:00", "date: 2021-10-18T19:00:00+02:00");
    rebuild(false);
    edit("content/stories/reaction.md", "regretted the step", "deeply regretted the step");
    rebuild(true);
  }

  @Test
  void anEditThatBreaksAStoryFailsAndAWarningComesAndGoesWithItsStory() throws Exception {
    java.util.Map<String, String> before = CacheStoreTest.tree(dir.resolve("public"));
    edit("content/stories/suspension.md", "  credit: Jane Doe/Agency\n", "");
    CliTest.Run failed = build();
    assertThat(failed.code()).isEqualTo(1);
    assertThat(failed.err()).contains("suspension.md:13: error: the story's image has no credit");
    assertThat(CacheStoreTest.tree(dir.resolve("public"))).isEqualTo(before);

    edit("briefing.yaml", "language: en\n", "language: en\nattribution: warn\n");
    CliTest.Run warned = rebuild(false);
    assertThat(warned.err()).contains("the story's image has no credit");
    edit("content/stories/reaction.md", "regretted the step", "deeply regretted the step");
    assertThat(rebuild(true).err()).as("the warnings of stories not edited are kept").contains("the story's image has no credit");
    CliTest.Run again = build();
    assertThat(again.out()).contains("up to date");
    assertThat(again.err()).contains("the story's image has no credit");

    edit("content/stories/suspension.md", "  caption: The flag outside the mission.\n",
        "  caption: The flag outside the mission.\n  credit: Jane Doe/Agency\n");
    assertThat(rebuild(true).err()).doesNotContain("no credit");
    edit("content/stories/reaction.md", "deeply regretted", "strongly regretted");
    assertThat(rebuild(true).err()).doesNotContain("no credit");
  }

  @Test
  void otherChangesGoTheFullWay() throws Exception {
    Files.delete(dir.resolve("public/2021/10/06/nato-expels-eight-members-of-the-russian-mission/index.html"));
    edit("content/stories/reaction.md", "regretted the step", "deeply regretted the step");
    rebuild(false);

    site.write("""
        -- content/stories/draft.md --
        ---
        title: Not yet
        date: 2021-10-17T10:00:00+02:00
        draft: true
        sources: [reuters]
        ---
        Still being written.
        """);
    rebuild(false);
    edit("content/stories/draft.md", "Still being written.", "Still being written, slowly.");
    rebuild(false);
    edit("content/stories/reaction.md", "deeply regretted", "strongly regretted");
    rebuild(true);

    site.write("""
        -- content/editions/2021-10-18.md --
        ---
        title: Monday's briefing
        ---
        A note for the day.
        """);
    rebuild(false);
    edit("content/sources.yaml", "name: Reuters", "name: Reuters News");
    rebuild(false);
    site.delete("content/stories/expulsions.md");
    rebuild(false);
  }

  /**
   * Edits to generated stories that add words other stories use: the weight of such a word can
   * move, and with it the automatic summary of a story nobody edited, which the edit path must
   * find and render again.
   */
  @Test
  void editsThatMoveWordWeightsChangeOtherStoriesAsACleanBuildWould() throws Exception {
    Path corpus = dir.resolve("corpus");
    new org.briefing.bench.CorpusGenerator(60, 7).write(corpus);
    Path generated = corpus.resolve("site");
    CliTest.Run first = CliTest.run("build", "--site", generated.toString());
    assertThat(first.code()).as(first.err()).isZero();
    List<Path> stories;
    try (var files = Files.list(generated.resolve("content/stories"))) {
      stories = files.sorted().toList();
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    int quick = 0;
    for (int round = 0; round < 6; round++) {
      Path story = stories.get(random.nextInt(stories.size()));
      // words taken from another story, so that they count for more than one story
      String donor = Files.readString(stories.get(random.nextInt(stories.size())));
      String[] words = donor.substring(donor.lastIndexOf("---") + 3).split("\\s+");
      StringBuilder sentence = new StringBuilder("\nIn a late change, ");
      for (int i = 0; i < 12; i++) {
        sentence.append(words[random.nextInt(words.length)].replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT)).append(' ');
      }
      Files.writeString(story, Files.readString(story) + sentence.toString().strip() + ".\n");
      CliTest.Run run = CliTest.run("build", "--site", generated.toString(), "--timings");
      assertThat(run.code()).as(run.err()).isZero();
      quick += run.err().contains(" edited ") ? 1 : 0;
      Path clean = dir.resolve("corpus-clean-" + round + "/public");
      assertThat(CliTest.run("build", "--site", generated.toString(), "--out", clean.toString()).code()).isZero();
      assertThat(CacheStoreTest.tree(generated.resolve("public"))).as("after editing " + story.getFileName()).isEqualTo(CacheStoreTest.tree(clean));
    }
    assertThat(quick).as("edits that took the edit path").isEqualTo(6);
  }

  @Test
  void manyEditsKeepOneStoriesFileOfBoundedSize() throws Exception {
    Path cache = dir.resolve(".briefing-cache/public");
    long first = storiesFileSize(cache);
    for (int i = 0; i < 12; i++) {
      edit("content/stories/reaction.md", "They said dialogue remained open.", "They said dialogue remained open " + i + ".");
      CliTest.Run run = build();
      assertThat(run.err()).contains(" edited ");
      edit("content/stories/reaction.md", "They said dialogue remained open " + i + ".", "They said dialogue remained open.");
      assertThat(build().err()).contains(" edited ");
    }
    try (var files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(name -> !name.equals("photos")).sorted().toList())
          .as("the index, the lock, the search index's analysed documents and the lists laid out from them, the build's options and"
              + " one stories file (beside the photos), not the first one: it was written anew when half out of date")
          .hasSize(6).contains("index.bin", "lock", "search.bin", "search-lists.bin", "options").doesNotContain("stories-1.bin");
    }
    assertThat(storiesFileSize(cache)).isLessThan(3 * first);
    rebuild(false);
  }

  /**
   * The index pages of topics and sources are given every story, so an edit renders them again;
   * their fingerprints are made of the stories' fingerprints, which the cache knows, and no story
   * is read from the cache for them. A story on no page the edit renders is not read at all: a
   * change to its record (which a read would find by its checksum) goes unnoticed by the edit.
   */
  @Test
  void anEditReadsFromTheCacheOnlyTheStoriesOfThePagesItRenders() throws Exception {
    // with the search index, whose files are made of every story's analysis, kept in the cache apart from the stories
    Files.writeString(dir.resolve("briefing.yaml"), Files.readString(dir.resolve("briefing.yaml")) + "feed:\n  entries: 3\n");
    // five newer stories on another topic, in another month: the feed, the latest stories of the
    // 404 page, the edition, the month and the related stories of the edited one are all of them;
    // their summaries are their own, so that an edit of a text changes no page that shows only summaries
    for (int day = 1; day <= 5; day++) {
      Files.writeString(dir.resolve("content/stories/energy-" + day + ".md"), """
          ---
          title: Gas storage report number %d
          date: 2021-11-0%dT09:00:00+01:00
          summary: The storage operators published their weekly figures.
          topics: [Energy]
          sources:
            - {name: "Gas Storage Report", url: "https://gas.example.org/report", type: report}
          ---

          Storage sites were %d percent full, the operators said.
          """.formatted(day, day, 80 + day));
    }
    rebuild(false);
    Path stories;
    try (var files = Files.list(dir.resolve(".briefing-cache/public"))) {
      stories = files.filter(f -> f.getFileName().toString().startsWith("stories-")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(stories);
    byte[] title = "NATO expels eight members".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = indexOf(bytes, title);
    assertThat(at).as("the oldest story's record in " + stories).isNotNegative();
    bytes[at] = 'M';
    Files.write(stories, bytes);

    edit("content/stories/energy-5.md", "the operators said.", "the operators said on Friday.");
    CliTest.Run run = rebuild(true);
    assertThat(run.err()).doesNotContain("checksum");
    assertThat(Files.readString(dir.resolve("public/topics/index.html"))).contains("Energy");
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }

  private static long storiesFileSize(Path cache) throws java.io.IOException {
    try (var files = Files.list(cache)) {
      return files.filter(f -> f.getFileName().toString().startsWith("stories-")).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
