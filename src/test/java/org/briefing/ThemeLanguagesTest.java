package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The theme prints its text in the site's language: the same site built in each bundled
 * language other than English has none of the English strings file's labels left in any page,
 * attribute, email or feed, and its pages are valid HTML.
 */
class ThemeLanguagesTest {
  @TempDir Path dir;

  /** Words of no language the theme speaks, so that the content's own text cannot look like a label. */
  static String site(String language, int extraStories) {
    StringBuilder spec = new StringBuilder("""
        -- briefing.yaml --
        title: Kuria
        description: Lorem ipsum.
        base_url: https://example.org/
        language: LANGUAGE
        time_zone: UTC
        publisher:
          name: Kuria Nord
        footer_menu:
          - {name: Kuria, url: /about/}
        email:
          from: "Kuria <desk@example.org>"
          unsubscribe: "https://example.org/unsub?u={email}"
        -- content/sources.yaml --
        nord:
          name: Agence Nord
          url: https://nord.example/
          type: zeta
        -- content/pages/about.md --
        ---
        title: Kuria
        updated: 2021-10-20T10:00
        ---
        Lorem ipsum dolor.
        -- content/stories/alpha.md --
        ---
        title: Alpha zeta kappa
        date: 2021-10-18T09:00
        standfirst: Lorem ipsum dolor sit.
        summary: Dolor sit amet consectetur.
        topics: [Kappa]
        places: [Lyon, Oran]
        authors: [Ana Lima, Omar Haddad, Lin Wei]
        sources:
          - nord
          - {name: Dossier Sigma, url: "https://sigma.example/doc", accessed: 2021-10-17}
        why_it_matters: Lorem ipsum amet.
        key_points: [Ipsum lorem., Amet dolor.]
        whats_next: Sit amet lorem.
        go_deeper:
          - {title: Kappa lorem, url: "https://kappa.example/"}
        image: {src: "https://img.example/p.jpg", alt: Lorem ipsum, caption: Dolor sit., credit: Lux Nord}
        aliases: [/old/alpha/]
        corrections:
          - date: 2021-10-19T08:00
            text: Lorem ipsum dolor.
          - date: 2021-10-20T08:00
            kind: update
            text: Amet sit dolor.
        ---
        Lorem ipsum dolor sit amet, consectetur adipiscing elit.
        -- content/stories/beta.md --
        ---
        title: Beta omega
        date: 2021-10-18T08:00
        topics: [Kappa]
        authors: [Ana Lima]
        sources: [nord]
        corrections:
          - {date: 2021-10-19T09:00, kind: clarification, text: Sit amet.}
        ---
        Consectetur lorem ipsum.
        -- content/stories/gamma.md --
        ---
        title: Gamma delta
        date: 2021-09-02T08:00
        topics: [Sigma]
        sources: [{name: Dossier Tau}]
        ---
        Ipsum dolor sit.
        """.replace("LANGUAGE", language));
    for (int i = 0; i < extraStories; i++) {
      spec.append("-- content/stories/more-").append(i).append(".md --\n---\ntitle: Omega ").append(i)
          .append("\ndate: 2021-08-").append(String.format("%02d", 1 + i % 28)).append("T0").append(i % 10)
          .append(":00\ntopics: [Kappa]\nsources: [nord]\n---\nLorem ipsum.\n");
    }
    return spec.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "de", "es", "ar"})
  void aSiteInABundledLanguageHasNoEnglishLabelLeft(String language) throws IOException {
    TestSite site = TestSite.of(dir, site(language, 51)).build();
    Map<String, Object> english = strings("en");
    Map<String, Object> own = strings(language);
    List<Pattern> labels = englishLabels(english, own);
    assertThat(labels).as("English labels to look for").hasSizeGreaterThan(60);

    List<String> left = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    HtmlValidator validator = new HtmlValidator();
    for (String path : site.outputPaths()) {
      List<String> texts = path.endsWith(".html") ? themeTexts(Jsoup.parse(site.file(path)))
          : path.endsWith(".xml") ? feedTexts(site.file(path)) : path.endsWith(".txt") ? List.of(site.file(path)) : List.of();
      for (String text : texts) {
        for (Pattern label : labels) {
          if (label.matcher(text).find()) {
            left.add(path + ": '" + label.pattern() + "' in '" + text.strip() + "'");
          }
        }
      }
    }
    assertThat(left).as("English labels in the " + language + " site").isEmpty();
    for (String path : List.of("index.html", "2021/10/18/alpha-zeta-kappa/index.html", "topics/kappa/page/2/index.html",
        "archive/2021/10/index.html", "corrections/index.html", "sources/index.html", "404.html", "old/alpha/index.html")) {
      assertThat(validator.errors(site.out().resolve(path))).as(path).isEmpty();
    }
    assertThat(site.html("index.html").selectFirst("html").attr("lang")).isEqualTo(language);
  }

  @org.junit.jupiter.api.Test
  void countsTakeTheFormTheLanguagesRuleGivesThem() {
    TestSite arabic = TestSite.of(dir.resolve("ar"), site("ar", 11)).build();
    // 13 stories in Kappa take the form "many" (11-99), 1 in Sigma "one"
    assertThat(arabic.html("topics/index.html").select(".count").eachText()).containsExactly("13 خبرًا", "خبر واحد");
    assertThat(arabic.html("archive/index.html").select(".count").eachText()).containsExactly("خبران", "خبر واحد", "11 خبرًا");
    assertThat(arabic.html("2021/10/18/beta-omega/index.html").select(".reading-time").text()).isEqualTo("قراءة في دقيقة واحدة");
    TestSite french = TestSite.of(dir.resolve("fr"), site("fr", 1)).build();
    assertThat(french.html("archive/index.html").select(".count").eachText()).containsExactly("2 articles", "1 article", "1 article");
    assertThat(french.html("2021/10/18/beta-omega/index.html").select(".reading-time").text()).isEqualTo("1 min de lecture");
  }

  @org.junit.jupiter.api.Test
  void theEmailOfARightToLeftSiteDrawsItsRuleOnTheRight() {
    TestSite arabic = TestSite.of(dir.resolve("ar"), site("ar", 1)).build();
    TestSite english = TestSite.of(dir.resolve("en"), site("en", 1)).build();
    assertThat(whyRules(arabic)).isNotEmpty().allSatisfy(style -> assertThat(style).contains("border-right:3px solid", "border-left:0"));
    assertThat(whyRules(english)).isNotEmpty().allSatisfy(style -> assertThat(style).contains("border-left:3px solid").doesNotContain("border-right"));
  }

  /** The inlined style of every "why it matters" cell in the site's emails. */
  private static List<String> whyRules(TestSite site) {
    return site.outputPaths().stream().filter(p -> p.endsWith("/email.html"))
        .flatMap(p -> site.html(p).select("td.why-cell").eachAttr("style").stream()).toList();
  }

  @org.junit.jupiter.api.Test
  void theSameCheckFindsTheLabelsOfTheEnglishSite() {
    TestSite site = TestSite.of(dir, site("en", 0)).build();
    List<Pattern> labels = englishLabels(strings("en"), Map.of());
    Set<String> found = new LinkedHashSet<>();
    for (String path : site.outputPaths()) {
      if (path.endsWith(".html")) {
        for (String text : themeTexts(Jsoup.parse(site.file(path)))) {
          labels.stream().filter(l -> l.matcher(text).find()).forEach(l -> found.add(l.pattern()));
        }
      }
    }
    assertThat(found).as("labels of the English file the English site prints").hasSizeGreaterThan(50);
  }

  @org.junit.jupiter.api.Test
  void aSiteMadeByInitPrintsEveryDateDayFirst() throws IOException {
    Path site = dir.resolve("fresh");
    assertThat(CliTest.run("init", site.toString()).code()).isZero();
    CliTest.Run build = CliTest.run("build", "--site", site.toString());
    assertThat(build.code()).as(build.err()).isZero();
    List<String> dates = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(site.resolve("public"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document html = Jsoup.parse(Files.readString(page));
        dates.addAll(html.select("time").eachText());
        html.select(".page-edition h1, .page-home h1").eachText().forEach(dates::add);
      }
    }
    assertThat(dates).isNotEmpty().allSatisfy(date -> assertThat(date)
        .matches("(Monday )?18 (October|Oct) 2021(, \\d\\d:\\d\\d UTC)?"));
  }

  @org.junit.jupiter.api.Test
  void theStyleSheetNamesNoSideSoThatARightToLeftSiteMirrors() throws IOException {
    Pattern side = Pattern.compile("(?m)^.*(\\b(margin|padding|border|inset)-(left|right)\\b|[;{\\s](left|right)\\s*:"
        + "|(float|clear|text-align)\\s*:\\s*(left|right)).*$");
    Matcher m = side.matcher(Files.readString(Path.of("templates/assets/briefing.css")));
    List<String> physical = new ArrayList<>();
    while (m.find()) {
      physical.add(m.group().strip());
    }
    assertThat(physical).as("rules of briefing.css that name left or right instead of inline-start or inline-end").isEmpty();
  }

  /**
   * Every word a bundled HTML template prints comes from the theme's strings ({@code t.…}) or from
   * the site: a label written into the template itself would be English in every language, and
   * {@link #aSiteInABundledLanguageHasNoEnglishLabelLeft} looks only for the English file's texts. A template's own text is what lies
   * between its directives and interpolations; the values of {@code meta} tags are for machines.
   */
  @org.junit.jupiter.api.Test
  @SuppressWarnings("deprecation") // Freemarker's tree of a template, which render/TemplateCheck reads too
  void theBundledHtmlTemplatesPrintNoWordOfTheirOwn() throws IOException {
    freemarker.template.Configuration cfg = new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_34);
    cfg.setRecognizeStandardFileExtensions(true);
    List<String> own = new ArrayList<>();
    for (String name : org.briefing.render.Templates.THEME_FILES) {
      if (!name.endsWith(".ftlh")) {
        continue;
      }
      freemarker.template.Template template = new freemarker.template.Template(name, Files.readString(Path.of("templates", name)), cfg);
      StringBuilder literal = new StringBuilder();
      literalText(template.getRootTreeNode(), literal);
      for (Element e : Jsoup.parse(literal.toString()).getAllElements()) {
        if (e.tagName().equals("script") || e.tagName().equals("style")) {
          continue;
        }
        // a macro that writes attributes (aria-current="page") reads as text once taken out of its tag
        e.textNodes().stream().map(TextNode::text).filter(ThemeLanguagesTest::hasWord)
            .filter(text -> !text.replace("\uE000", "").strip().matches("([a-z-]+=\"[^\"]*\"\\s*)+")).forEach(text -> own.add(name + ": '" + text.strip() + "'"));
        for (String attribute : List.of("aria-label", "title", "alt", "placeholder")) {
          if (hasWord(e.attr(attribute))) {
            own.add(name + ": " + attribute + "='" + e.attr(attribute) + "'");
          }
        }
      }
    }
    assertThat(own).as("text written into the theme's templates rather than taken from templates/strings (t.KEY)").isEmpty();
  }

  /** The literal text of a template in order, each directive or interpolation that prints nothing of its own a private-use mark. */
  @SuppressWarnings("deprecation")
  private static void literalText(javax.swing.tree.TreeNode node, StringBuilder out) {
    if (node instanceof freemarker.core.TextBlock text) {
      out.append(text.getCanonicalForm());
      return;
    }
    if (node.getChildCount() == 0) {
      out.append('\uE000');
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      literalText(node.getChildAt(i), out);
    }
  }

  private static boolean hasWord(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * Each bundled language has every key of the English file and no other: a key left out of one
   * falls back to English without a word, and the site of
   * {@link #aSiteInABundledLanguageHasNoEnglishLabelLeft} shows only the keys its stories and pages need.
   */
  @org.junit.jupiter.api.Test
  void everyBundledLanguageHasTheKeysOfTheEnglishFile() {
    Set<String> english = strings("en").keySet();
    List<String> languages = org.briefing.render.Templates.THEME_FILES.stream().filter(name -> name.startsWith("strings/"))
        .map(name -> name.substring("strings/".length(), name.length() - ".yaml".length())).toList();
    assertThat(languages).contains("en", "fr", "ar");
    for (String language : languages) {
      assertThat(strings(language).keySet()).as("the keys of templates/strings/" + language + ".yaml").containsExactlyInAnyOrderElementsOf(english);
    }
  }

  /** The texts of a feed or sitemap, the HTML of each entry's content read as a page. */
  static List<String> feedTexts(String xml) {
    List<String> texts = new ArrayList<>();
    for (Element e : Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser()).getAllElements()) {
      if (e.tagName().equals("content")) {
        texts.addAll(themeTexts(Jsoup.parse(e.text())));
      } else if (!e.tagName().equals("generator")) {
        e.textNodes().stream().filter(n -> !n.isBlank()).forEach(n -> texts.add(n.text()));
      }
    }
    return texts;
  }

  /** The texts of a page as a reader or a screen reader meets them: its text nodes and the attributes that are read out. */
  static List<String> themeTexts(Document page) {
    List<String> texts = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      if (e.tagName().equals("script") || e.tagName().equals("style")) {
        continue;
      }
      for (TextNode node : e.textNodes()) {
        if (!node.isBlank()) {
          texts.add(node.text());
        }
      }
      for (String attribute : List.of("aria-label", "title", "alt", "placeholder")) {
        if (e.hasAttr(attribute)) {
          texts.add(e.attr(attribute));
        }
      }
      if (e.tagName().equals("meta") && e.hasAttr("content") && !e.attr("name").equals("viewport") && !e.attr("name").equals("color-scheme")) {
        texts.add(e.attr("content"));
      }
    }
    return texts;
  }

  /**
   * Every piece of text of the English file, as a pattern that finds it as whole words: the parts
   * between its places of each text and plural form, except dates, separators and parts that
   * {@code own} has for the same key too ("Sources" is French as well).
   */
  static List<Pattern> englishLabels(Map<String, Object> english, Map<String, Object> own) {
    Set<String> parts = new LinkedHashSet<>();
    english.forEach((key, value) -> {
      if (key.startsWith("date") || key.equals("month")) {
        return;
      }
      Set<String> ownParts = new LinkedHashSet<>();
      forms(own.get(key)).forEach(form -> ownParts.addAll(literalParts(form)));
      for (String form : forms(value)) {
        for (String part : literalParts(form)) {
          if (part.codePoints().filter(Character::isLetter).count() >= 3 && !ownParts.contains(part)) {
            parts.add(part);
          }
        }
      }
    });
    return parts.stream().map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])")).toList();
  }

  private static List<String> forms(Object value) {
    if (value instanceof Map<?, ?> forms) {
      return forms.values().stream().map(String::valueOf).toList();
    }
    return value == null ? List.of() : List.of(String.valueOf(value));
  }

  private static List<String> literalParts(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : text.split("\\{[a-z_]+\\}")) {
      String trimmed = part.strip();
      if (!trimmed.isEmpty()) {
        parts.add(trimmed);
      }
    }
    return parts;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> strings(String language) {
    try (InputStream in = Files.newInputStream(Path.of("templates/strings/" + language + ".yaml"))) {
      return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
