package org.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.briefing.model.Slugs;

/**
 * A site as data, and a seeded generator of random edits over every kind of input: each
 * front-matter field, folder defaults, sources, edition files, the configuration, templates and
 * static files; files edited, added, deleted, renamed and moved between days, topics, editions and
 * folders. The site's own templates print every field of every view they receive, so a page that
 * a rebuild leaves stale shows. {@link RandomEditsTest} runs it on a small site in CI,
 * {@link BenchEdits} on a generated bench site of any size.
 *
 * <p>Each story is kept as its front-matter fields (as YAML text) and body, by file; every other
 * file as its text. {@link #edit} changes the data, {@link #files} gives the files it stands for,
 * and {@link #sync} writes the difference into a {@link TestSite}.
 */
final class RandomEdits {
  private static final String[] SMALL_DAYS = {"2021-10-04", "2021-10-05", "2021-10-06", "2021-10-07"};
  private static final String[] TITLES = {"Talks resume in Geneva", "Ministers meet on energy", "Port strike ends",
      "Grain deal extended", "Talks resume in Geneva", "A new cable under the Baltic"};
  private static final String[] WORDS = {"council", "grain", "harbour", "ministers", "pipeline", "border", "vote",
      "budget", "treaty", "cable", "Baltic", "winter"};
  private static final String[] SMALL_TOPICS = {"Energy", "Trade", "Security", "Baltic"};
  private static final String[] SMALL_SOURCES = {"reuters", "nato", "port"};
  static final String[] FIELDS = {"title", "date", "updated", "slug", "standfirst", "summary", "topics", "tags",
      "places", "authors", "series", "sources", "image", "why_it_matters", "key_points", "whats_next", "go_deeper", "corrections", "aliases", "language", "edition",
      "draft", "mood", "rank", "body"};
  /** Every template of the theme that makes a page (all but the layout), in the theme's order: a new one is edited too. */
  static final List<String> PAGE_TEMPLATES = org.briefing.render.Templates.THEME_FILES.stream()
      .filter(name -> name.matches("[^/]+\\.(ftl|ftlh|ftlx)") && !name.equals("layout.ftlh")).toList();

  /**
   * Prints every field of every view; a site's templates import it. A story in a list (an
   * edition's, a topic's, related stories) is printed whole too, unless {@code bodies} is set to
   * false: then every field but its body is printed (the body is printed on the story's own page),
   * which keeps a bench site's list pages from growing to many megabytes each and its builds from
   * rendering each story's Markdown once for every list it is in. With {@code brief} set to true,
   * a story in a list prints only a few fields, one of two of them chosen by another's value, as
   * a theme's list pages do: an edit of a field that no list prints then renders no list again.
   */
  static final String DUMP = """
      <#assign bodies = true>
      <#assign brief = false>
      <#macro v x><#if !x??>~<#elseif x?is_boolean>${x?c}<#elseif x?is_number>${x?c}<#elseif x?is_sequence>[<#list x as i><@v i/>|</#list>]<#elseif x?is_hash_ex && !x?is_string>{<#list x?keys?sort as k>${k}=<@v x[k]/>;</#list>}<#else>${x}</#if></#macro>
      <#macro link l>(${l.label} ${l.href})</#macro>
      <#macro src s>(${s.name} ${s.url} ${s.type} ${s.accessed} ${s.publisher} ${s.href})</#macro>
      <#macro img i>(${i.src} ${i.url} ${i.alt} ${i.caption} ${i.credit} ${i.srcset} ${i.width?c} ${i.height?c} ${i.thumbSrc} ${i.cardUrl} ${i.cardWidth?c} ${i.cardHeight?c} ${i.hasImage()?c})</#macro>
      <#macro art a whole=true><#if brief && !whole><@short a/><#else><@full a=a whole=whole/></#if></#macro>
      <#macro short a><article>${a.title} ${a.href} ${a.dateShort} <#if a.summary?has_content>${a.summary}<#else>${a.standfirst}</#if> ${a.readingMinutes} <#if a.image?? && a.image.hasImage()>${a.image.thumbSrc}</#if></article></#macro>
      <#macro full a whole=true><article>title=${a.title} slug=${a.slug} href=${a.href} url=${a.url} date=${a.dateIso}|${a.dateDisplay}|${a.dateShort}
      updated=${a.updatedIso}|${a.updatedDisplay} lastmod=${a.lastModifiedIso} standfirst=${a.standfirst}
      summary=${a.summary} summarySource=${a.summarySource} inBrief=${a.inBrief}
      topics=<#list a.topics as t><@link t/></#list> places=<@v a.places/> authors=<@v a.authors/>
      terms=<#list a.terms?keys as k>${k}:<#list a.terms[k] as t><@link t/></#list>;</#list>
      sources=<#list a.sources as s><@src s/></#list> publishers=<#list a.publishers as p><@link p/></#list>
      image=<#if a.image??><@img a.image/><#else>~</#if> whyItMatters=${a.whyItMattersHtml?no_esc}
      keyPoints=<#list a.keyPointsHtml as k>${k?no_esc}|</#list> whatsNext=${a.whatsNextHtml?no_esc}
      goDeeper=<#list a.goDeeper as g><@link g/></#list> corrections=<#list a.corrections as c><@correction c/></#list> body=<#if whole || bodies>${a.bodyHtml?no_esc}<#else>-</#if> words=${a.words} readingMinutes=${a.readingMinutes}
      edition=<#if a.edition??><@link a.edition/><#else>~</#if> draft=${a.draft?c} params=<@v a.params/> language=${a.language} dir=${a.dir}</article>
      </#macro>
      <#macro correction c>(${c.kind} ${c.label} ${c.dateIso} ${c.dateDisplay} ${c.text})</#macro>
      <#macro feedView f>feed=(${f.title} ${f.id} ${f.selfUrl} ${f.pageUrl} ${f.fullText?c})</#macro>
      <#macro pageView p>page=(${p.kind} ${p.title} ${p.description} ${p.url} ${p.path} ${p.imageUrl} ${p.imageAlt} ${p.jsonLdHtml?no_esc})</#macro>
      <#macro siteView s>site=(${s.title} ${s.description} ${s.language} ${s.baseUrl} ${s.root} ${s.publisherName} ${s.publisherUrl} ${s.copyright} ${s.cssHref} ${s.feedHref} ${s.feedUrl} ${s.faviconHref} <@v s.params/> <#list s.menu as m><@menuItem m/></#list> <#list s.footerMenu as m><@menuItem m/></#list> ${s.searchHref})</#macro>
      <#macro menuItem m>(${m.label} ${m.href} ${m.path} ${m.internal?c})</#macro>
      <#macro edlink e>(${e.title} ${e.dateIso} ${e.dateDisplay} ${e.href} ${e.count})</#macro>
      <#macro ed e>(${e.title} ${e.dateIso} ${e.dateDisplay} ${e.href} ${e.url} ${e.noteHtml?no_esc} <#list e.stories as a><@art a=a whole=false/></#list>)</#macro>
      <#macro group g>(${g.name} ${g.slug} ${g.href} ${g.url} ${g.type} ${g.count} <#list g.articles as a><@art a=a whole=false/></#list>)</#macro>
      <#macro term t>(${t.name} ${t.slug} ${t.href} ${t.url} ${t.feedHref} ${t.count} ${t.declared?c} ${t.description} ${t.role} ${t.bio} <#if t.photo??><@img t.photo/><#else>~</#if> <@v t.links/> <#list t.articles as a><@art a=a whole=false/></#list>)</#macro>
      <#macro grouping g>group=(${g.name} ${g.title} ${g.label} ${g.href} ${g.url} ${g.schema} ${g.feeds?c})</#macro>
      <#macro pager p>(${p.page} ${p.pages} ${p.newerHref!"~"} ${p.olderHref!"~"})</#macro>
      <#macro month m>(${m.label} ${m.id} ${m.href} ${m.count} <#list m.articles as a><@art a=a whole=false/></#list>)</#macro>
      <#macro email m>(${m.subject} ${m.preheader} ${m.browserUrl} ${m.archiveUrl} ${m.unsubscribeUrl} ${m.fromName} ${m.dateIso} ${m.messageId} ${m.noteText} <#list m.stories as t>(${t.whyItMatters} <#list t.keyPoints as k>${k}|</#list> ${t.whatsNext})</#list>)</#macro>
      <#macro search v>(${v.scriptHref} ${v.indexHref} ${v.archiveHref})</#macro>
      <#macro common>title=${title!"~"} description=${description!"~"} <@siteView site/> <@pageView page/></#macro>
      """;

  /** What each page template prints: every variable it is given, through {@link #DUMP}. */
  static final Map<String, String> DUMPING = Map.ofEntries(
      Map.entry("index.ftlh", "edition=<#if edition??><@d.ed edition/><#else>~</#if> earlier=<#list earlier as e><@d.edlink e/></#list>"),
      Map.entry("editions.ftlh", "<#list editions as e><@d.edlink e/></#list>"),
      Map.entry("edition.ftlh", "<@d.ed edition/> newer=<#if newer??><@d.edlink newer/></#if> older=<#if older??><@d.edlink older/></#if>"),
      Map.entry("article.ftlh", "<@d.art article/> related=<#list related as a><@d.art a=a whole=false/></#list>"),
      Map.entry("topics.ftlh", "<@d.grouping group/> <#list topics as t>first=${t.articles[0].title} <@d.term t/></#list>"),
      Map.entry("topic.ftlh", "<@d.grouping group/> <@d.term topic/> pager=<#if pager??><@d.pager pager/></#if>"),
      Map.entry("terms.ftlh", "<@d.grouping group/> <#list terms as t>first=${t.articles[0].title} <@d.term t/></#list>"),
      Map.entry("term.ftlh", "<@d.grouping group/> <@d.term term/> pager=<#if pager??><@d.pager pager/></#if>"),
      Map.entry("sources.ftlh", "<#list sources as s>first=${s.articles[0].title} <@d.group s/></#list>"),
      Map.entry("source.ftlh", "<@d.group source/> pager=<#if pager??><@d.pager pager/></#if>"),
      Map.entry("archive.ftlh", "<#list months as m><@d.month m/></#list>"),
      Map.entry("archive-month.ftlh", "<@d.month month/> newer=<#if newer??><@d.month newer/></#if> older=<#if older??><@d.month older/></#if>"),
      Map.entry("corrections.ftlh", "<#list corrections as e><@d.correction e.correction/> <@d.art a=e.article whole=false/></#list>"),
      Map.entry("redirect.ftlh", "<@d.art a=target whole=false/>"),
      Map.entry("feed.ftlx", "<@d.feedView feed/> updated=${updated} <#list articles as a><@d.art a=a whole=false/></#list>"),
      Map.entry("archive-day.ftlh", "<@d.month day/> newer=<#if newer??><@d.month newer/></#if> older=<#if older??><@d.month older/></#if>"),
      Map.entry("page.ftlh", "(${content.title} ${content.description} ${content.href} ${content.url} ${content.updatedIso} ${content.updatedDisplay} ${content.bodyHtml?no_esc})"),
      Map.entry("404.ftlh", "<#list latest as a><@d.art a=a whole=false/></#list>"),
      Map.entry("search.ftlh", "<@d.search search/>"),
      Map.entry("email.ftlh", "<@d.ed edition/> <@d.email email/>"),
      Map.entry("email-text.ftl", "<@d.ed edition/> <@d.email email/>"),
      Map.entry("sitemap.ftlx", "<#list urls as u>(${u.loc} ${u.lastmod!\"~\"})</#list>"),
      Map.entry("news-sitemap.ftlx", "<#list articles as a><@d.art a=a whole=false/></#list>"));

  /**
   * What the edits of one site choose from.
   *
   * @param days the days stories are moved to and edition files are written for
   * @param topics the topics a story's {@code topics} and {@code tags} are chosen from
   * @param sources the keys of {@code sources.yaml} that a story's {@code sources} are chosen from
   * @param sourcesFile writes a new {@code sources.yaml} that defines every one of {@code sources}
   * @param dump the text of {@code templates/dump.ftlh}
   */
  private record Choices(String[] days, String[] topics, String[] sources, Function<Random, String> sourcesFile, String dump) {}

  private final TreeMap<String, LinkedHashMap<String, String>> stories = new TreeMap<>();
  private final TreeMap<String, String> others = new TreeMap<>();
  private final Choices choices;
  private int made;

  private RandomEdits(Choices choices) {
    this.choices = choices;
  }

  /** A small site of seven random stories, all kinds of other files, and templates that print every field. */
  static RandomEdits small(Random r) {
    RandomEdits m = new RandomEdits(new Choices(SMALL_DAYS, SMALL_TOPICS, SMALL_SOURCES, RandomEdits::smallSources, DUMP));
    for (int i = 0; i < 7; i++) {
      m.addStory(r);
    }
    // the first build must have no error: an alias that an earlier story has already is left out
    java.util.Set<String> aliases = new java.util.HashSet<>();
    m.stories.values().forEach(fields -> {
      if (fields.containsKey("aliases") && !items(fields.get("aliases")).stream().allMatch(aliases::add)) {
        fields.remove("aliases");
      }
    });
    m.others.put("briefing.yaml", config(r));
    m.others.put("content/sources.yaml", smallSources(r));
    m.addFiles(r);
    return m;
  }

  /**
   * The site in {@code site} (such as a bench corpus: stories with front matter, a
   * {@code briefing.yaml} and a {@code sources.yaml} of simple entries), with the same kinds of other
   * files as {@link #small} and templates that print every field added. Edits move stories
   * between the last four days before {@code now} that have stories, and choose from the first
   * four topics and the sources the site has. Without {@code bodiesInLists}, the templates print
   * a story's body whole only on its own page (see {@link #DUMP}).
   */
  static RandomEdits of(Path site, String now, boolean bodiesInLists, Random r) {
    TreeMap<String, LinkedHashMap<String, String>> read = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site.resolve("content/stories"))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        read.put(site.relativize(file).toString().replace('\\', '/'), parse(Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeSet<String> days = new TreeSet<>();
    TreeSet<String> topics = new TreeSet<>();
    read.values().forEach(fields -> {
      String day = fields.get("date").replace("\"", "").substring(0, 10);
      if (day.compareTo(now) < 0) {
        days.add(day);
      }
      topics.addAll(items(fields.getOrDefault("topics", "[]")));
    });
    String sourcesText = text(site.resolve("content/sources.yaml"));
    List<String> keys = sourcesText.lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).map(l -> l.substring(0, l.indexOf(':'))).toList();
    String[] lastDays = days.descendingSet().stream().limit(4).sorted().toArray(String[]::new);
    String[] someTopics = topics.stream().limit(4).toArray(String[]::new);
    RandomEdits m = new RandomEdits(new Choices(lastDays, someTopics, keys.toArray(String[]::new), r2 -> varied(sourcesText, r2),
        bodiesInLists ? DUMP : DUMP.replace("<#assign bodies = true>", "<#assign bodies = false>")));
    m.stories.putAll(read);
    m.others.put("briefing.yaml", text(site.resolve("briefing.yaml")));
    m.others.put("content/sources.yaml", sourcesText);
    m.addFiles(r);
    return m;
  }

  /** The files other than stories and configuration that every site here starts with. */
  private void addFiles(Random r) {
    others.put("content/stories/world/_defaults.yaml", defaults(r));
    others.put("content/editions/" + choices.days[1] + ".md", edition(r, choices.days[1]));
    others.put("static/images/a.png", "image: png 12x8 seed " + r.nextInt(3) + "\n");
    others.put("static/images/b.png", "image: png 8x12 seed 7\n");
    others.put("static/files/notes.txt", "notes\n");
    others.put("templates/dump.ftlh", briefly(choices.dump, r.nextBoolean()));
    for (String template : PAGE_TEMPLATES) {
      if (r.nextInt(4) > 0) {
        others.put("templates/" + template, dumping(template, COUNTING.containsKey(template) && r.nextBoolean() ? 2 : 1));
      }
    }
  }

  RandomEdits copy() {
    RandomEdits m = new RandomEdits(choices);
    stories.forEach((path, fields) -> m.stories.put(path, new LinkedHashMap<>(fields)));
    m.others.putAll(others);
    m.made = made;
    return m;
  }

  int storyCount() {
    return stories.size();
  }

  TreeMap<String, String> files() {
    TreeMap<String, String> files = new TreeMap<>(others);
    stories.forEach((path, fields) -> {
      StringBuilder text = new StringBuilder("---\n");
      fields.forEach((name, value) -> {
        if (!name.equals("body")) {
          text.append(name).append(": ").append(value).append('\n');
        }
      });
      files.put(path, text.append("---\n\n").append(fields.getOrDefault("body", "")).append('\n').toString());
    });
    return files;
  }

  /** Writes the files of {@code now} that differ from {@code before} into {@code site}, and deletes those it no longer has. */
  static void sync(TestSite site, Map<String, String> before, Map<String, String> now) {
    before.keySet().stream().filter(path -> !now.containsKey(path)).forEach(site::delete);
    now.forEach((path, text) -> {
      if (!text.equals(before.get(path))) {
        byte[] picture = TestImages.of(text);
        site.writeBytes(path, picture != null ? picture : text.getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  /** Makes one random edit and says what it was. */
  String edit(Random r) {
    int kind = r.nextInt(100);
    if (kind < 50 || stories.size() < 2) {
      String path = pick(r, new ArrayList<>(stories.keySet()));
      String field = FIELDS[r.nextInt(FIELDS.length)];
      LinkedHashMap<String, String> fields = stories.get(path);
      boolean required = field.equals("title") || field.equals("date") || field.equals("sources");
      if (!required && fields.containsKey(field) && r.nextInt(3) == 0) {
        fields.remove(field);
        return "removed " + field + " from " + path;
      }
      fields.put(field, value(r, field));
      return "set " + field + " of " + path + " to " + fields.get(field);
    } else if (kind < 60) {
      return storyFile(r);
    } else if (kind < 66) {
      return other("content/stories/world/_defaults.yaml", r.nextInt(4) == 0 ? null : defaults(r));
    } else if (kind < 71) {
      return other("content/sources.yaml", choices.sourcesFile.apply(r));
    } else if (kind < 80) {
      String day = choices.days[r.nextInt(choices.days.length)];
      String path = "content/editions/" + day + ".md";
      if (others.containsKey(path) && r.nextInt(3) == 0) {
        String to = "content/editions/" + choices.days[r.nextInt(choices.days.length)] + ".md";
        if (!others.containsKey(to)) {
          others.put(to, others.remove(path));
          return "renamed " + path + " to " + to;
        }
      }
      return other(path, r.nextInt(5) == 0 ? null : edition(r, day));
    } else if (kind < 83) {
      return other("briefing.yaml", config(r));
    } else if (kind < 86) {
      String file = pick(r, List.of("content/authors.yaml", "content/places.yaml", "content/topics.yaml"));
      return other(file, r.nextInt(4) == 0 ? null : termFile(file, r));
    } else if (kind < 88) {
      return other("templates/dump.ftlh", briefly(others.get("templates/dump.ftlh"), r.nextBoolean()));
    } else if (kind < 94) {
      String template = "templates/" + pick(r, PAGE_TEMPLATES);
      return other(template, r.nextInt(3) == 0 ? null : dumping(template.substring("templates/".length()), r.nextInt(3)));
    } else {
      String name = "static/files/" + pick(r, List.of("notes", "memo", "list")) + ".txt";
      if (others.containsKey(name) && r.nextBoolean()) {
        String to = "static/files/" + WORDS[r.nextInt(WORDS.length)] + ".txt";
        if (!others.containsKey(to)) {
          others.put(to, others.remove(name));
          return "renamed " + name + " to " + to;
        }
      }
      if (r.nextInt(4) == 0) {
        return other("static/images/a.png", "image: png 12x8 seed " + r.nextInt(5) + "\n");
      }
      return other(name, r.nextInt(3) == 0 ? null : sentence(r) + "\n");
    }
  }

  /** Adds, deletes, renames or moves a story file. */
  private String storyFile(Random r) {
    String path = pick(r, new ArrayList<>(stories.keySet()));
    switch (r.nextInt(4)) {
      case 0 -> {
        return "added " + addStory(r);
      }
      case 1 -> {
        stories.remove(path);
        return "deleted " + path;
      }
      case 2 -> {
        String to = path.replace(".md", "-" + made++ + ".md");
        stories.put(to, stories.remove(path));
        return "renamed " + path + " to " + to;
      }
      default -> {
        String to = path.contains("/world/") ? path.replace("/world/", "/") : path.replace("stories/", "stories/world/");
        if (stories.containsKey(to)) {
          return "nothing";
        }
        stories.put(to, stories.remove(path));
        return "moved " + path + " to " + to;
      }
    }
  }

  private String other(String path, String text) {
    if (text == null) {
      others.remove(path);
      return "deleted " + path;
    }
    others.put(path, text);
    return "wrote " + path + ":\n" + text;
  }

  private String addStory(Random r) {
    String path = "content/stories/" + (r.nextInt(3) == 0 ? "world/" : "") + "s" + made++ + ".md";
    LinkedHashMap<String, String> fields = new LinkedHashMap<>();
    fields.put("title", value(r, "title"));
    fields.put("date", value(r, "date"));
    fields.put("sources", value(r, "sources"));
    for (String field : FIELDS) {
      if (!fields.containsKey(field) && !field.equals("draft") && r.nextInt(3) == 0) {
        fields.put(field, value(r, field));
      }
    }
    fields.put("body", value(r, "body"));
    stories.put(path, fields);
    return path;
  }

  private String edition(Random r, String day) {
    StringBuilder text = new StringBuilder("---\n");
    if (r.nextBoolean()) {
      text.append("title: The ").append(WORDS[r.nextInt(WORDS.length)]).append(" briefing\n");
    }
    if (r.nextBoolean()) {
      // slugs of stories that may or may not be in this edition, drafts among them (passed over
      // until published): an edition file that names another day's story is an error, and the
      // edit is undone
      List<String> slugs = new ArrayList<>();
      stories.values().stream()
          .filter(f -> f.containsKey("edition") ? day.equals(f.get("edition")) : f.get("date").startsWith(day))
          .forEach(f -> slugs.add(f.containsKey("slug") ? f.get("slug") : Slugs.of(f.get("title"))));
      Collections.shuffle(slugs, r);
      if (!slugs.isEmpty()) {
        text.append("stories: [").append(String.join(", ", slugs.subList(0, 1 + r.nextInt(slugs.size())))).append("]\n");
      }
    }
    if (r.nextInt(4) == 0) {
      // an edition file held back: its title, note and order wait for a build with drafts
      text.append("draft: true\n");
    }
    return text.append("---\n\n").append(sentence(r)).append('\n').toString();
  }

  /**
   * Indexes that print their terms' names and counts and read a story only where a count is over
   * two: a page whose rendering read no story keeps the outline of its data as its fingerprint
   * ({@code Fingerprint.outline()}), and an edit must find when a rendering would read one again.
   */
  static final Map<String, String> COUNTING = Map.of(
      "topics.ftlh", "<#list topics as t>${t.name} ${t.count}<#if t.count gt 2> first=${t.articles[0].title}</#if>; </#list>",
      "terms.ftlh", "<#list terms as t>${t.name} ${t.count}<#if t.count gt 2> first=${t.articles[0].title}</#if>; </#list>",
      "sources.ftlh", "<#list sources as s>${s.name} ${s.count}<#if s.count gt 2> first=${s.articles[0].title}</#if>; </#list>");

  /** {@code dump} with stories in lists printed briefly or whole. */
  private static String briefly(String dump, boolean brief) {
    return dump.replace("<#assign brief = " + !brief + ">", "<#assign brief = " + brief + ">");
  }

  /** The site's own {@code template}: it prints every field of every view, or for version 2 of an index only some ({@link #COUNTING}). */
  private static String dumping(String template, int version) {
    return "<#import \"dump.ftlh\" as d><!doctype html><title>v" + version + "</title>\n<@d.common/>\n"
        + (version == 2 && COUNTING.containsKey(template) ? COUNTING.get(template) : DUMPING.get(template)) + "\n";
  }

  private static String config(Random r) {
    return "title: " + pick(r, List.of("Test Briefing", "The Morning Desk")) + "\n"
        + "description: " + sentence(r) + "\n"
        + "base_url: " + pick(r, List.of("https://example.org/", "https://example.org/news/")) + "\n"
        + "language: " + pick(r, List.of("en", "en", "fr")) + "\n"
        + "time_zone: " + pick(r, List.of("Europe/Brussels", "UTC", "America/New_York")) + "\n"
        + "feed:\n  entries: " + (2 + r.nextInt(6)) + "\n"
        + "summary:\n  sentences: " + (1 + r.nextInt(2)) + "\n"
        + (r.nextBoolean() ? "copyright: © " + WORDS[r.nextInt(WORDS.length)] + "\n" : "")
        + (r.nextBoolean() ? "accent: " + WORDS[r.nextInt(WORDS.length)] + "\n" : "")
        + "publisher:\n  name: " + pick(r, List.of("Test Desk", "Night Desk")) + "\n"
        + (r.nextInt(4) > 0 ? "email:\n  subject: \"" + pick(r, List.of("{site}: {title}", "{title}")) + "\"\n" : "")
        + pick(r, List.of("", "groups:\n  series: {field: series}\n",
            "groups:\n  series: {field: series, path: " + pick(r, List.of("series", "runs")) + ", feeds: " + r.nextBoolean() + "}\n"
                + "  authors: {path: " + pick(r, List.of("people", "authors")) + "}\n  places: {pages: " + r.nextBoolean() + ", feeds: false}\n"));
  }

  /** A term file declaring some of the terms the edits use, with spellings as aliases, at random. */
  private String termFile(String file, Random r) {
    StringBuilder text = new StringBuilder();
    if (file.endsWith("authors.yaml")) {
      text.append(pick(r, List.of("Ana Berg", "ana berg"))).append(":\n");
      if (r.nextBoolean()) {
        text.append("  aliases: [A. Berg").append(r.nextBoolean() ? ", ana berg" : "").append("]\n");
      }
      text.append("  role: ").append(WORDS[r.nextInt(WORDS.length)]).append(" correspondent\n");
      if (r.nextBoolean()) {
        text.append("  bio: ").append(quoted(sentence(r))).append("\n  links: [https://example.org/").append(WORDS[r.nextInt(WORDS.length)]
            .toLowerCase(Locale.ROOT)).append("]\n");
      }
      if (r.nextBoolean()) {
        text.append("  photo: {src: /images/a.png, credit: ").append(WORDS[r.nextInt(WORDS.length)]).append("}\n");
      }
    } else if (file.endsWith("places.yaml")) {
      text.append(pick(r, List.of("Geneva", "Genève"))).append(":\n  aliases: [").append(pick(r, List.of("GENEVA", "Genf")))
          .append("]\n  description: ").append(quoted(sentence(r))).append('\n');
    } else {
      text.append(choices.topics.length == 0 ? "Energy" : pick(r, List.of(choices.topics))).append(":\n  description: ")
          .append(quoted(sentence(r))).append('\n');
    }
    return text.toString();
  }

  private static String smallSources(Random r) {
    return "reuters:\n  name: Reuters\n  url: https://www.reuters.com/\n  type: agency\n"
        + "nato:\n  name: " + pick(r, List.of("NATO", "The Alliance")) + "\n  url: https://www.nato.int/\n  type: official\n"
        + "port:\n  name: " + pick(r, List.of("Port Authority", "Harbour Office")) + "\n  url: "
        + pick(r, List.of("https://port.example/", "https://harbour.example/")) + "\n  type: "
        + pick(r, List.of("official", "agency")) + "\n";
  }

  /**
   * {@code sources.yaml} of a site with its entries' names, addresses and types each changed at
   * random (about one in six), every key kept, so that the stories that cite them still build.
   */
  private static String varied(String sourcesText, Random r) {
    StringBuilder text = new StringBuilder();
    for (String line : sourcesText.lines().toList()) {
      String trimmed = line.strip();
      if (line.startsWith(" ") && r.nextInt(6) == 0) {
        if (trimmed.startsWith("name: ")) {
          line += " " + pick(r, List.of("News", "Group", "Online"));
        } else if (trimmed.startsWith("url: ")) {
          line = line.replace("https://", "https://" + WORDS[r.nextInt(WORDS.length)].toLowerCase(Locale.ROOT) + ".");
        } else if (trimmed.startsWith("type: ")) {
          line = "  type: " + pick(r, List.of("agency", "official", "newspaper", "broadcaster"));
        }
      }
      text.append(line).append('\n');
    }
    return text.toString();
  }

  private static String defaults(Random r) {
    StringBuilder text = new StringBuilder();
    if (r.nextBoolean()) {
      text.append("topics: [").append(pick(r, List.of(SMALL_TOPICS))).append("]\n");
    }
    if (r.nextBoolean()) {
      text.append("authors: [World Desk]\n");
    }
    if (r.nextBoolean()) {
      text.append("mood: ").append(WORDS[r.nextInt(WORDS.length)]).append('\n');
    }
    if (r.nextBoolean()) {
      text.append("places: [").append(WORDS[r.nextInt(WORDS.length)]).append("]\n");
    }
    return text.isEmpty() ? "desk: world\n" : text.toString();
  }

  /** A random value for a front-matter field, as YAML text. */
  private String value(Random r, String field) {
    return switch (field) {
      case "title" -> pick(r, List.of(TITLES)) + (r.nextInt(3) == 0 ? " again" : "");
      case "date" -> choices.days[r.nextInt(choices.days.length)]
          + (r.nextBoolean() ? "" : "T" + (10 + r.nextInt(12)) + ":" + (10 + r.nextInt(50)) + ":00+02:00");
      case "updated" -> "2021-10-2" + r.nextInt(9) + "T09:00:00Z";
      case "slug" -> "custom-" + WORDS[r.nextInt(WORDS.length)].toLowerCase(Locale.ROOT);
      case "standfirst", "summary", "why_it_matters", "whats_next" -> quoted(sentence(r));
      case "topics", "tags" -> list(r, choices.topics);
      // spellings of one place or person that differ only in case or accents are one term
      case "places" -> list(r, new String[] {"Geneva", "Riga", "Gdansk", "Genève", "GENEVA"});
      case "authors" -> list(r, new String[] {"Ana Berg", "Tom Ruiz", "ana berg"});
      case "series" -> list(r, new String[] {"Winter Talks", "Grain Watch"});
      case "sources" -> {
        List<String> items = new ArrayList<>();
        for (String s : choices.sources) {
          if (r.nextInt(3) == 0) {
            items.add(s);
          }
        }
        if (items.isEmpty() || r.nextInt(4) == 0) {
          items.add("{name: \"" + WORDS[r.nextInt(WORDS.length)] + " statement\", url: \"https://"
              + WORDS[r.nextInt(WORDS.length)].toLowerCase(Locale.ROOT) + ".example/\", type: official}");
        }
        yield "[" + String.join(", ", items) + "]";
      }
      case "image" -> "{src: /images/" + pick(r, List.of("a", "b")) + ".png, alt: " + WORDS[r.nextInt(WORDS.length)]
          + ", caption: " + quoted(sentence(r)) + ", credit: " + pick(r, List.of("Jo Lee/Agency", "Staff"))
          + pick(r, List.of("", "", ", focus: [0.2, 0.8]", ", focus: [0.5, 0.1]")) + "}";
      case "key_points" -> "[" + quoted(sentence(r)) + ", " + quoted("**" + WORDS[r.nextInt(WORDS.length)] + "** matters.") + "]";
      case "corrections" -> {
        // after the last day a story can be moved to, so that no correction comes before its story
        java.time.LocalDate after = java.time.LocalDate.parse(java.util.Arrays.stream(choices.days).max(String::compareTo).orElseThrow());
        yield "[" + (r.nextBoolean() ? "" : "{date: \"" + after.plusDays(1 + r.nextInt(5)) + "T08:00:00Z\", text: "
            + quoted(sentence(r)) + "}, ") + "{date: " + after.plusDays(1 + r.nextInt(9)) + ", kind: "
            + pick(r, List.of("correction", "clarification", "update")) + ", text: " + quoted(sentence(r)) + "}]";
      }
      case "language" -> pick(r, List.of("fr", "ar", "de-AT"));
      case "aliases" -> "[/old/" + WORDS[r.nextInt(WORDS.length)].toLowerCase(Locale.ROOT) + "/" + (r.nextBoolean() ? ", /news/"
          + WORDS[r.nextInt(WORDS.length)].toLowerCase(Locale.ROOT) + ".html" : "") + "]";
      case "go_deeper" -> "[{title: " + WORDS[r.nextInt(WORDS.length)] + ", url: \"" + pick(r, List.of("https://example.com/b", "/2021/10/05/")) + "\"}]";
      // now and then an edition still to come, for which the story waits
      case "edition" -> r.nextInt(8) == 0 ? "2099-01-05" : choices.days[r.nextInt(choices.days.length)];
      case "draft" -> String.valueOf(r.nextBoolean());
      case "mood" -> WORDS[r.nextInt(WORDS.length)];
      case "rank" -> String.valueOf(r.nextInt(5));
      case "body" -> body(r);
      default -> throw new IllegalArgumentException(field);
    };
  }

  /**
   * A story file's front-matter fields as YAML text by name (a field's indented lines belong to
   * it), and its body under {@code body}.
   */
  private static LinkedHashMap<String, String> parse(String file) {
    LinkedHashMap<String, String> fields = new LinkedHashMap<>();
    int end = file.indexOf("\n---\n", 4);
    String last = null;
    for (String line : file.substring(4, end).split("\n")) {
      if (line.startsWith(" ") && last != null) {
        fields.put(last, fields.get(last) + "\n" + line);
      } else {
        int colon = line.indexOf(':');
        last = line.substring(0, colon);
        fields.put(last, line.substring(colon + 1).strip());
      }
    }
    fields.put("body", file.substring(end + 5).strip());
    return fields;
  }

  /** The items of a YAML flow list of plain or double-quoted strings. */
  private static List<String> items(String list) {
    String inner = list.strip().replaceAll("^\\[|]$", "").strip();
    return inner.isEmpty() ? List.of() : Stream.of(inner.split(",")).map(s -> s.strip().replace("\"", "")).toList();
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String body(Random r) {
    StringBuilder text = new StringBuilder();
    int paragraphs = 1 + r.nextInt(3);
    for (int i = 0; i < paragraphs; i++) {
      if (i == 1 && r.nextBoolean()) {
        text.append("<!-- more -->\n\n");
      }
      text.append(sentence(r)).append(' ').append(sentence(r)).append("\n\n");
    }
    return text.toString().strip();
  }

  private static String sentence(Random r) {
    StringBuilder text = new StringBuilder("The");
    for (int i = 0, n = 3 + r.nextInt(6); i < n; i++) {
      text.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
    }
    return text.append('.').toString();
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static String list(Random r, String[] items) {
    List<String> chosen = new ArrayList<>();
    for (String item : items) {
      if (r.nextBoolean()) {
        chosen.add(item);
      }
    }
    return "[" + String.join(", ", chosen) + "]";
  }

  private static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }
}
