package org.briefing.bench;

import java.util.List;

/** Word lists for synthetic news stories: enough variety that Markdown, summaries and indexes do real work. */
final class Vocabulary {
  private Vocabulary() {}

  static final List<String> PLACES = List.of("Brussels", "Moscow", "Warsaw", "Vilnius", "Riga", "Tallinn", "Helsinki",
      "Oslo", "Berlin", "Paris", "Madrid", "Rome", "Vienna", "Prague", "Bucharest", "Sofia", "Ankara", "Kyiv",
      "Tbilisi", "Washington", "Ottawa", "London", "Dublin", "Lisbon", "Athens", "Belgrade", "Zagreb", "Budapest");

  static final List<String> TOPICS = List.of("Defence", "Diplomacy", "Energy", "Trade", "Elections", "Migration",
      "Climate", "Health", "Technology", "Cyber security", "Agriculture", "Transport", "Finance", "Labour", "Justice",
      "Education", "Housing", "Space", "Fisheries", "Sanctions", "Arms control", "Human rights", "Media", "Tourism",
      "Shipping", "Aviation", "Nuclear power", "Gas", "Oil", "Wind power", "Solar power", "Water", "Drought", "Floods",
      "Wildfires", "Public health", "Vaccines", "Pensions", "Taxes", "Budgets", "Central banks", "Inflation",
      "Employment", "Industry", "Cars", "Rail", "Ports", "Borders", "Police", "Courts");

  static final List<String[]> SOURCES = List.of(
      new String[] {"wire-one", "Wire One", "agency"}, new String[] {"wire-two", "Wire Two", "agency"},
      new String[] {"wire-three", "Wire Three", "agency"}, new String[] {"capital-daily", "Capital Daily", "newspaper"},
      new String[] {"northern-herald", "Northern Herald", "newspaper"}, new String[] {"evening-post", "Evening Post", "newspaper"},
      new String[] {"coast-gazette", "Coast Gazette", "newspaper"}, new String[] {"radio-east", "Radio East", "broadcaster"},
      new String[] {"radio-west", "Radio West", "broadcaster"}, new String[] {"tv-central", "TV Central", "broadcaster"},
      new String[] {"ministry-foreign", "Ministry of Foreign Affairs", "official"},
      new String[] {"ministry-defence", "Ministry of Defence", "official"},
      new String[] {"ministry-finance", "Ministry of Finance", "official"}, new String[] {"parliament", "Parliament", "official"},
      new String[] {"statistics-office", "Statistics Office", "official"}, new String[] {"central-bank", "Central Bank", "official"},
      new String[] {"alliance-hq", "Alliance Headquarters", "official"}, new String[] {"union-council", "Union Council", "official"},
      new String[] {"port-authority", "Port Authority", "official"}, new String[] {"weather-service", "Weather Service", "official"});

  static final List<String> PEOPLE = List.of("Anna Lind", "Marek Nowak", "Sofia Petrova", "Jonas Berg", "Elena Rossi",
      "Tomas Kral", "Ines Duarte", "Pieter de Vries", "Leila Haddad", "Olga Ivanova", "Mikko Laine", "Nadia Popescu",
      "Karl Weber", "Lucia Moreno", "Ahmet Yilmaz", "Ruth Okafor", "Sean Byrne", "Maja Horvat", "Dimitris Papas");

  static final List<String> ROLES = List.of("the foreign minister", "the defence minister", "a senior official",
      "the spokesperson", "the prime minister", "an analyst", "the mayor", "a union leader", "the central bank governor",
      "the committee chair", "a diplomat", "the energy minister", "the transport minister", "a trade negotiator");

  static final List<String> SUBJECTS = List.of("The government", "The alliance", "Ministers", "The council",
      "Officials", "The committee", "Negotiators", "The ministry", "Parliament", "The regulator", "Lawmakers",
      "The agency", "Investigators", "The company", "Union leaders", "Inspectors", "Regional leaders");

  static final List<String> VERBS = List.of("approved", "rejected", "delayed", "announced", "expanded", "reviewed",
      "criticised", "welcomed", "proposed", "suspended", "extended", "questioned", "defended", "launched", "cut",
      "doubled", "signed", "renewed", "postponed", "outlined");

  static final List<String> OBJECTS = List.of("a plan to reinforce the eastern border", "new limits on gas imports",
      "the budget for next year", "a deal on grain exports", "talks on arms control", "a package of sanctions",
      "the rules for public tenders", "a scheme to insulate homes", "funding for regional railways",
      "a review of port security", "the mandate of the observer mission", "a programme to train engineers",
      "a cap on electricity prices", "new checks on shipping", "the ceasefire monitoring effort",
      "a reform of pension rules", "emergency aid for farmers", "a new cyber defence centre",
      "the licence of the main broadcaster", "a timetable for the election");

  static final List<String> REASONS = List.of("after months of negotiation", "citing rising costs",
      "under pressure from allies", "following a court ruling", "despite objections from the opposition",
      "amid concern over supplies", "as winter approaches", "after a series of incidents",
      "in response to the latest figures", "ahead of a summit next week", "because of a shortage of staff",
      "to reassure neighbouring countries");

  static final List<String> DETAILS = List.of("The measure would cost about %d million euros over %d years.",
      "Turnout reached %d percent, the highest in %d years.", "Prices rose %d percent in the month, after %d percent before.",
      "About %d people were affected, officials said, and %d were moved to shelters.",
      "The plan covers %d regions and should be reviewed within %d months.",
      "Exports fell by %d percent, with %d ships waiting outside the port.");

  static final List<String> HEADINGS = List.of("What was agreed", "The reaction", "Background", "What comes next",
      "The numbers", "Who is affected", "A long dispute", "Questions remain", "The cost", "Voices from the region");
}
