package org.briefing.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.briefing.model.Slugs;

/**
 * Writes a synthetic briefing of N stories, the same for the same N and seed: stories over two
 * years with about 50 topics, 1 to 4 sources, photos with credits (and their files), 600 to 900
 * words of Markdown with subheadings, links, quotes and lists, half with an editor's summary.
 * Beside it, the same stories as a minimal Hugo site, so both tools can be timed on one corpus.
 */
public final class CorpusGenerator {
  private static final LocalDateTime START = LocalDateTime.of(2020, 1, 1, 6, 0);
  /** The site's zone, which its briefing.yaml names. */
  static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
  private static final int DAYS = 730;
  private static final int PHOTOS = 24;

  private final int stories;
  private final long seed;

  public CorpusGenerator(int stories, long seed) {
    this.stories = stories;
    this.seed = seed;
  }

  /** Writes {@code dir/site} (a Briefing site) and {@code dir/hugo} (a Hugo site) and returns the story count. */
  public int write(Path dir) throws IOException {
    Path site = dir.resolve("site");
    Path hugo = dir.resolve("hugo");
    Files.createDirectories(site.resolve("content/stories"));
    Files.createDirectories(site.resolve("static/images"));
    Files.createDirectories(hugo.resolve("content/posts"));
    Files.createDirectories(hugo.resolve("static/images"));
    Files.writeString(site.resolve("briefing.yaml"), """
        title: Synthetic Briefing
        description: A generated corpus for benchmarks.
        base_url: https://bench.example.org/
        language: en
        time_zone: %s
        publisher:
          name: Bench Desk
        """.formatted(ZONE.getId()));
    StringBuilder sources = new StringBuilder();
    for (String[] s : Vocabulary.SOURCES) {
      sources.append(s[0]).append(":\n  name: ").append(s[1]).append("\n  url: https://").append(s[0])
          .append(".example.net/\n  type: ").append(s[2]).append('\n');
    }
    Files.writeString(site.resolve("content/sources.yaml"), sources);
    for (int i = 0; i < PHOTOS; i++) {
      byte[] photo = Photos.jpeg(i);
      Files.write(site.resolve("static/images/photo-" + i + ".jpg"), photo);
      Files.write(hugo.resolve("static/images/photo-" + i + ".jpg"), photo);
    }
    HugoSite.writeSkeleton(hugo);
    Set<String> slugs = new LinkedHashSet<>();
    for (int i = 0; i < stories; i++) {
      Story story = story(i, slugs);
      write(site.resolve("content/stories/" + story.slug + ".md"), story.briefing());
      write(hugo.resolve("content/posts/" + story.slug + ".md"), story.hugo());
    }
    return stories;
  }

  private static void write(Path file, String text) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(text);
    }
  }

  /** One generated story in both formats. */
  record Story(String slug, String title, LocalDateTime date, String standfirst, String summary, List<String> topics,
      List<String> sources, int photo, String caption, String credit, String body, String place, String author) {

    String briefing() {
      StringBuilder fm = new StringBuilder("---\n");
      fm.append("title: \"").append(title).append("\"\n");
      fm.append("slug: ").append(slug).append('\n');
      fm.append("date: ").append(date).append('\n');
      fm.append("standfirst: \"").append(standfirst).append("\"\n");
      if (summary != null) {
        fm.append("summary: \"").append(summary).append("\"\n");
      }
      fm.append("topics: [").append(String.join(", ", topics.stream().map(t -> "\"" + t + "\"").toList())).append("]\n");
      fm.append("places: [").append(place).append("]\n");
      fm.append("authors: [").append(author).append("]\n");
      fm.append("sources: [").append(String.join(", ", sources)).append("]\n");
      fm.append("image:\n  src: /images/photo-").append(photo).append(".jpg\n");
      fm.append("  alt: \"A generated photo for the story\"\n");
      fm.append("  caption: \"").append(caption).append("\"\n");
      fm.append("  credit: \"").append(credit).append("\"\n");
      fm.append("---\n\n");
      return fm + body;
    }

    String hugo() {
      StringBuilder fm = new StringBuilder("---\n");
      fm.append("title: \"").append(title).append("\"\n");
      fm.append("slug: ").append(slug).append('\n');
      fm.append("date: ").append(date).append("+01:00\n");
      fm.append("description: \"").append(standfirst).append("\"\n");
      if (summary != null) {
        fm.append("summary: \"").append(summary).append("\"\n");
      }
      fm.append("tags: [").append(String.join(", ", topics.stream().map(t -> "\"" + t + "\"").toList())).append("]\n");
      fm.append("sources: [").append(String.join(", ", sources)).append("]\n");
      fm.append("image: /images/photo-").append(photo).append(".jpg\n");
      fm.append("credit: \"").append(credit).append("\"\n");
      fm.append("---\n\n");
      return fm + body;
    }
  }

  Story story(int index, Set<String> slugs) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
    String place = pick(random, Vocabulary.PLACES);
    String subject = pick(random, Vocabulary.SUBJECTS);
    String verb = pick(random, Vocabulary.VERBS);
    String object = pick(random, Vocabulary.OBJECTS);
    String title = place + ": " + subject + " " + verb + " " + object;
    String slug = Slugs.of(title);
    int n = 2;
    while (!slugs.add(slug)) {
      slug = Slugs.of(title) + "-" + n++;
    }
    LocalDateTime date = START.plusMinutes(random.nextLong(DAYS * 24L * 60L));
    // a time the clocks skip or pass twice is a warning at every build: the corpus has none
    while (ZONE.getRules().getValidOffsets(date).size() != 1) {
      date = date.plusHours(1);
    }
    String standfirst = subject + " in " + place + " " + verb + " " + object + " " + pick(random, Vocabulary.REASONS) + ".";
    List<String> topics = distinct(random, Vocabulary.TOPICS, 1 + random.nextInt(3));
    List<String> sources = distinct(random, Vocabulary.SOURCES.stream().map(s -> s[0]).toList(), 1 + random.nextInt(4));
    String summary = random.nextBoolean() ? subject + " " + verb + " " + object + ". The decision was taken in " + place + "." : null;
    String author = pick(random, Vocabulary.PEOPLE);
    int photo = random.nextInt(PHOTOS);
    return new Story(slug, title, date, standfirst, summary, topics, sources, photo,
        "A scene in " + place + " on the day of the decision.", credit(photo), new BodyWriter(random, place, subject).body(), place, author);
  }

  /**
   * The credit of shared photo {@code photo}: one photo has one author, so every story that shows
   * it credits it alike (a build warns of a photo credited two ways).
   */
  static String credit(int photo) {
    return Vocabulary.PEOPLE.get(photo % Vocabulary.PEOPLE.size()) + "/" + Vocabulary.SOURCES.get(photo % 10)[1];
  }

  static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  static <T> List<T> distinct(SplittableRandom random, List<T> list, int count) {
    Set<T> out = new LinkedHashSet<>();
    while (out.size() < count) {
      out.add(pick(random, list));
    }
    return new ArrayList<>(out);
  }

  /** Gives every story of the Briefing site written into {@code site} a photo of its own of {@code width} by {@code height}. */
  public static void writeStoryPhotos(Path site, int width, int height) throws IOException {
    StoryPhotos.write(site, width, height);
  }
}
