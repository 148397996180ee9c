package org.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes agency-style stories from word lists, with a record of what each part was, for property tests. */
final class AgencyCopyGenerator {
  private static final String[] WORDS = {"council", "minister", "port", "strike", "vote", "budget", "river", "talks", "union",
      "workers", "said", "on", "the", "a", "after", "before", "with", "more", "than", "new", "plan", "city", "deal", "rail",
      "school", "court", "ruling", "prices", "energy", "market", "farmers", "police", "report", "hospital", "election"};
  private static final String[] ODD = {"Kovač", "São", "Zürich", "Ærø", "Łódź", "naïve", "Příbram", "İzmir", "7.5%", "1,200",
      "£101m", "€4bn", "\"we will not wait\"", "‘enough’", "x*y", "snake_case", "<tag>", "a|b", "[note]", "back\\slash",
      "tilde~", "AT&T", "&amp;", "`code`", "3 > 2"};
  private static final String[] FIRST = {"Ana", "Peter", "Ilse", "Samir", "Marta", "Jonas", "Reni", "Clara", "Tomas", "Lea"};
  private static final String[] LAST = {"Lucas", "Okafor", "Brandt", "Haddad", "Weil", "Aksoy", "Nyström", "Ferreira", "Sommer"};
  private static final String[] PLACES = {"VALMORA", "NEW HARBOUR", "ALTBRUCK", "GRENZHOF", "PORTO SECO"};
  private static final String[] AGENCIES = {"Reuters", "AP", "AFP"};

  /** One generated story and the parts an editor would expect in each field. */
  record Story(String text, String headline, String standfirst, String caption, String credit, String photographer,
      List<String> authors, String place, String agency, List<String> paragraphs) {}

  private final Random random;

  AgencyCopyGenerator(long seed) {
    random = new Random(seed);
  }

  Story next() {
    List<String> out = new ArrayList<>();
    String headline = capitalise(words(5 + random.nextInt(6)));
    out.add(headline);
    boolean dateline = random.nextBoolean();
    String standfirst = dateline ? "" : sentence(12 + random.nextInt(10));
    if (!standfirst.isEmpty()) {
      out.add(standfirst);
    }
    String caption = "";
    String credit = "";
    String photographer = "";
    if (random.nextInt(3) > 0) {
      photographer = name();
      caption = sentence(8 + random.nextInt(8));
      String agency = AGENCIES[random.nextInt(AGENCIES.length)];
      credit = switch (random.nextInt(6)) {
        case 0 -> "File: " + photographer + "/" + agency;
        case 1 -> photographer + "/" + agency;
        case 2 -> photographer + "/Reuters";
        case 3 -> "AP Photo/" + photographer;
        case 4 -> "REUTERS/" + photographer;
        default -> photographer + "/AFP via Getty Images";
      };
      String line = switch (credit.startsWith("REUTERS") || credit.endsWith("Getty Images") ? 9 : random.nextInt(3)) {
        case 0 -> caption + " [" + credit + "]";
        case 1 -> caption + " (" + (credit.startsWith("AP Photo") ? credit : "Photo: " + credit) + ")";
        case 2 -> caption + " [" + credit + "]";
        default -> caption + " " + credit;
      };
      out.add(line);
    }
    List<String> authors = new ArrayList<>();
    if (random.nextBoolean()) {
      authors.add(name());
      if (random.nextBoolean()) {
        authors.add(name());
      }
      out.add("By " + String.join(" and ", authors));
    }
    String place = "";
    String agency = "";
    List<String> paragraphs = new ArrayList<>();
    int count = 2 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      String paragraph = sentence(14 + random.nextInt(20)) + " " + sentence(6 + random.nextInt(10));
      if (i == 0 && dateline) {
        place = PLACES[random.nextInt(PLACES.length)];
        agency = AGENCIES[random.nextInt(AGENCIES.length)];
        paragraph = place + ", Oct " + (1 + random.nextInt(28)) + " (" + agency + ") - " + paragraph;
      } else if (random.nextInt(8) == 0) {
        paragraph = (random.nextBoolean() ? "1. " : "# ") + paragraph;
      }
      paragraphs.add(paragraph);
      out.add(paragraph);
      if (i > 0 && i < count - 1 && random.nextInt(4) == 0) {
        out.add(capitalise(words(2 + random.nextInt(3))));
      }
    }
    switch (random.nextInt(4)) {
      case 0 -> out.add("Reporting by " + name() + "; Editing by " + name());
      case 1 -> out.add("Sources: Reuters, AFP");
      case 2 -> out.add("Source: News Agencies");
      default -> { }
    }
    if (random.nextInt(3) == 0) {
      out.add("© 2021 Thomson Reuters. All rights reserved.");
    }
    return new Story(String.join("\n\n", out) + "\n", headline, standfirst, caption, credit, photographer, authors,
        place, agency, paragraphs);
  }

  private String sentence(int n) {
    StringBuilder s = new StringBuilder(capitalise(words(1)));
    for (int i = 1; i < n; i++) {
      s.append(' ').append(random.nextInt(6) == 0 ? ODD[random.nextInt(ODD.length)] : WORDS[random.nextInt(WORDS.length)]);
    }
    return s.append('.').toString();
  }

  private String words(int n) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(" ", w);
  }

  private String name() {
    return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
