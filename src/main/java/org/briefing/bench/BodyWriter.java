package org.briefing.bench;

import java.util.SplittableRandom;

/** Writes the Markdown body of one synthetic story: 600 to 900 words in varied shapes. */
final class BodyWriter {
  private final SplittableRandom random;
  private final String place;
  private final String subject;
  private final StringBuilder out = new StringBuilder(7000);
  private int words;

  BodyWriter(SplittableRandom random, String place, String subject) {
    this.random = random;
    this.place = place;
    this.subject = subject;
  }

  String body() {
    int target = 600 + random.nextInt(301);
    paragraph(3);
    int section = 0;
    while (words < target) {
      if (section < Vocabulary.HEADINGS.size() && random.nextInt(3) == 0) {
        out.append("## ").append(Vocabulary.HEADINGS.get((section++ + random.nextInt(4)) % Vocabulary.HEADINGS.size())).append("\n\n");
      }
      switch (random.nextInt(7)) {
        case 0 -> quote();
        case 1 -> list();
        default -> paragraph(2 + random.nextInt(3));
      }
    }
    return out.toString();
  }

  private void paragraph(int sentences) {
    for (int i = 0; i < sentences; i++) {
      out.append(i == 0 ? "" : " ").append(sentence());
    }
    out.append("\n\n");
  }

  private String sentence() {
    String s = switch (random.nextInt(5)) {
      case 0 -> subject + " " + pick(Vocabulary.VERBS) + " " + pick(Vocabulary.OBJECTS) + " " + pick(Vocabulary.REASONS) + ".";
      case 1 -> String.format(java.util.Locale.ROOT, pick(Vocabulary.DETAILS), 2 + random.nextInt(900), 2 + random.nextInt(20));
      case 2 -> "Speaking in " + place + ", " + pick(Vocabulary.ROLES) + " said the country had " + pick(Vocabulary.VERBS)
          + " " + pick(Vocabulary.OBJECTS) + ".";
      case 3 -> "According to [a report by " + pick(Vocabulary.SOURCES)[1] + "](https://example.net/report/" + random.nextInt(100000)
          + "), " + pick(Vocabulary.SUBJECTS).toLowerCase(java.util.Locale.ROOT) + " " + pick(Vocabulary.VERBS) + " "
          + pick(Vocabulary.OBJECTS) + ".";
      default -> "It is *the " + (1 + random.nextInt(9)) + "th time* this year that " + pick(Vocabulary.SUBJECTS).toLowerCase(java.util.Locale.ROOT)
          + " have " + pick(Vocabulary.VERBS) + " " + pick(Vocabulary.OBJECTS) + ".";
    };
    words += s.split(" ").length;
    return s;
  }

  private void quote() {
    String q = "\"We have " + pick(Vocabulary.VERBS) + " " + pick(Vocabulary.OBJECTS) + ", and we will not stop there,\" said "
        + pick(Vocabulary.PEOPLE) + ", " + pick(Vocabulary.ROLES) + ".";
    words += q.split(" ").length;
    out.append(random.nextBoolean() ? "> " : "").append(q).append("\n\n");
  }

  private void list() {
    out.append("The main points:\n\n");
    int items = 3 + random.nextInt(3);
    for (int i = 0; i < items; i++) {
      String item = pick(Vocabulary.OBJECTS) + " " + pick(Vocabulary.REASONS);
      words += item.split(" ").length;
      out.append("- ").append(Character.toUpperCase(item.charAt(0))).append(item.substring(1)).append('\n');
    }
    out.append('\n');
  }

  private <T> T pick(java.util.List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
