package org.briefing.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Writes a large made-up site for the serve benchmark: simple stories with front matter and a few paragraphs. */
final class BenchSite {
  private static final List<String> WORDS = List.of("ministers", "agreed", "talks", "border", "budget", "alliance", "officials",
      "said", "plan", "vote", "council", "report", "capital", "troops", "envoy", "summit", "energy", "prices", "court", "ruling",
      "election", "parliament", "coalition", "deal", "sanctions", "exports", "harbour", "rail", "strike", "union", "weather",
      "flood", "relief", "mayor", "region", "statement", "meeting", "week", "Tuesday", "delegation", "treaty", "review");
  private static final List<String> TOPICS = List.of("Politics", "Economy", "Security", "Energy", "Europe", "Transport", "Courts", "Climate");
  private static final List<String> SOURCES = List.of("wire", "gazette", "ministry", "broadcaster");

  private BenchSite() {}

  /** Writes {@code count} stories below {@code dir}; returns the path of one story to edit. */
  static Path write(Path dir, int count) throws IOException {
    Files.createDirectories(dir.resolve("content/stories"));
    Files.writeString(dir.resolve("briefing.yaml"), """
        title: Bench Briefing
        base_url: https://example.org/
        language: en
        time_zone: UTC
        attribution: warn
        """);
    Files.writeString(dir.resolve("content/sources.yaml"), """
        wire: {name: Wire Service, url: "https://wire.example/", type: agency}
        gazette: {name: The Gazette, url: "https://gazette.example/", type: newspaper}
        ministry: {name: Ministry of Transport, url: "https://ministry.example/", type: official}
        broadcaster: {name: Public Broadcaster, url: "https://tv.example/", type: broadcaster}
        """);
    Random random = new Random(42);
    LocalDate first = LocalDate.of(2019, 1, 1);
    Path edited = null;
    for (int i = 0; i < count; i++) {
      LocalDate day = first.plusDays(i / 12);
      String title = "Story " + i + ": " + sentence(random, 6).replace(".", "");
      StringBuilder text = new StringBuilder("---\n")
          .append("title: \"").append(title).append("\"\n")
          .append("date: ").append(day).append("T").append(String.format("%02d", 6 + i % 12)).append(":00:00Z\n")
          .append("standfirst: \"").append(sentence(random, 14)).append("\"\n")
          .append("topics: [").append(TOPICS.get(i % TOPICS.size())).append(", ").append(TOPICS.get((i / 3) % TOPICS.size())).append("]\n")
          .append("sources: [").append(SOURCES.get(i % SOURCES.size())).append("]\n---\n\n");
      for (int p = 0; p < 4; p++) {
        for (int s = 0; s < 3; s++) {
          text.append(sentence(random, 10 + random.nextInt(10))).append(' ');
        }
        text.append("\n\n");
      }
      Path file = dir.resolve("content/stories/story-" + i + ".md");
      Files.writeString(file, text);
      if (i == count / 2) {
        edited = file;
      }
    }
    return edited;
  }

  private static String sentence(Random random, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = WORDS.get(random.nextInt(WORDS.size()));
      out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i + 1 < words ? " " : ".");
    }
    return out.toString();
  }
}
