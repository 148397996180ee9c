package org.briefing;

/** Small sites shared by the tests. */
final class Fixtures {
  private Fixtures() {}

  static final String CONFIG = """
      -- briefing.yaml --
      title: Test Briefing
      description: A briefing for tests.
      base_url: https://example.org/
      language: en
      time_zone: Europe/Brussels
      publisher:
        name: Test Desk
      """;

  static final String SOURCES = """
      -- content/sources.yaml --
      reuters:
        name: Reuters
        url: https://www.reuters.com/
        type: agency
      nato:
        name: NATO
        url: https://www.nato.int/
        type: official
      """;

  /** Two editions: 18 October (two stories) and 6 October (one story). */
  static final String TWO_EDITIONS = CONFIG + SOURCES + """
      -- content/stories/suspension.md --
      ---
      title: Russia suspends its mission to NATO
      date: 2021-10-18T15:20:00+03:00
      updated: 2021-10-18T20:00:00+03:00
      standfirst: Moscow answers the expulsion of eight diplomats.
      summary: Russia will stop the work of its NATO mission from November.
      topics: [Russia, NATO]
      places: [Moscow]
      authors: [Ana Berg]
      sources:
        - reuters
        - {name: "NATO statement", url: "https://www.nato.int/statement", type: official, publisher: nato}
      image:
        src: /images/flag.png
        alt: A flag on a pole
        caption: The flag outside the mission.
        credit: Jane Doe/Agency
      why_it_matters: The last standing channel between the two sides closes.
      key_points:
        - The mission closes in November.
        - The liaison office in Moscow closes too.
      whats_next: Defence ministers meet next week.
      go_deeper:
        - {title: Background, url: "https://example.com/background"}
      ---

      Russia said on Monday it would suspend the work of its mission to NATO. The move follows
      the expulsion of eight of its staff.

      ## The reaction

      NATO said it regretted the decision.
      -- content/stories/reaction.md --
      ---
      title: Allies regret the decision
      date: 2021-10-18T18:00:00+02:00
      topics: [NATO]
      sources: [nato]
      ---

      Allied governments said they regretted the step. They said dialogue remained open.

      <!-- more -->

      Officials spoke after a meeting in Brussels.
      -- content/stories/expulsions.md --
      ---
      title: NATO expels eight members of the Russian mission
      date: 2021-10-06
      tags: [Russia]
      sources: [reuters]
      ---

      NATO withdrew the accreditation of eight members of Russia's mission. The alliance said
      they were undeclared intelligence officers. It also halved the size of the mission.
      -- static/images/flag.png --
      image: png 40x30
      """;
}
