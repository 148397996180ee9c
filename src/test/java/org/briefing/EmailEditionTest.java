package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.briefing.problem.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every edition is also written as an email: its HTML part, its text part and the whole message. */
class EmailEditionTest {
  @TempDir Path dir;

  static final String EMAIL_CONFIG = """
      email:
        from: "Test Desk <desk@example.org>"
        reply_to: letters@example.org
        subject: "{site} · {title}"
        unsubscribe: "https://example.org/unsubscribe?u={email}"
      """;

  /** The two editions of {@link Fixtures#TWO_EDITIONS} with these lines added to briefing.yaml. */
  static String site(String config) {
    return Fixtures.TWO_EDITIONS.replace("  name: Test Desk\n", "  name: Test Desk\n" + config);
  }

  static MimeMessage parse(byte[] eml) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
  }

  static String part(MimeMessage message, String type) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  @Test
  void everyEditionHasAnEmailWithATextAndAnHtmlPartThatAStandardParserReads() throws Exception {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG)).build();
    for (String edition : List.of("briefings/2021-10-18/", "briefings/2021-10-06/")) {
      assertThat(site.outputPaths()).contains(edition + "email.html", edition + "email.txt", edition + "email.eml");
    }
    byte[] eml = Files.readAllBytes(site.out().resolve("briefings/2021-10-18/email.eml"));
    String raw = new String(eml, StandardCharsets.US_ASCII);
    assertThat(raw).as("CRLF line ends only").doesNotContainPattern("[^\\r]\\n");
    assertThat(raw.split("\r\n")).allMatch(line -> line.length() <= 78);
    MimeMessage message = parse(eml);
    assertThat(message.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
    assertThat(message.getSubject()).isEqualTo("Test Briefing · Monday 18 October 2021");
    InternetAddress from = (InternetAddress) message.getFrom()[0];
    assertThat(from.getPersonal()).isEqualTo("Test Desk");
    assertThat(from.getAddress()).isEqualTo("desk@example.org");
    assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("letters@example.org");
    assertThat(message.getHeader("Date", null)).as("the newest change to a story of the edition")
        .isEqualTo("Mon, 18 Oct 2021 19:00:00 +0200");
    assertThat(message.getMessageID()).matches("<2021-10-18\\.[0-9a-f]{8}@example\\.org>");
    assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<https://example.org/unsubscribe?u=>");
    assertThat(part(message, "text/plain").replace("\r\n", "\n").stripTrailing()).as("the text part, CRLF read as line ends").isEqualTo(site.file("briefings/2021-10-18/email.txt").stripTrailing());
    assertThat(part(message, "text/html").replace("\r\n", "\n").stripTrailing()).isEqualTo(site.file("briefings/2021-10-18/email.html").stripTrailing());
  }

  @Test
  void theTextPartHasEveryStorysHeadlineSummaryLinkAndSources() {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG)).build();
    String text = site.file("briefings/2021-10-18/email.txt");
    assertThat(text.replaceAll("\\s+", " ")).as("the text, its lines unwrapped").contains("Russia suspends its mission to NATO", "Russia will stop the work of its NATO mission from November.",
        "https://example.org/2021/10/18/russia-suspends-its-mission-to-nato/", "- Reuters: https://www.reuters.com/",
        "- NATO statement: https://www.nato.int/statement", "Allies regret the decision",
        "Allied governments said they regretted the step. They said dialogue remained open.",
        "https://example.org/2021/10/18/allies-regret-the-decision/", "- NATO: https://www.nato.int/",
        "Why it matters: The last standing channel between the two sides closes.", "- The mission closes in November.",
        "https://example.org/briefings/2021-10-18/", "Unsubscribe: https://example.org/unsubscribe?u=");
    assertThat(text).doesNotContain("<p>", "&amp;", "${");
    assertThat(text.lines()).allMatch(line -> line.length() <= 76 || !line.strip().contains(" "));
  }

  @Test
  void theHtmlPartFollowsTheRulesOfEmailClients() throws Exception {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG)).build();
    Document html = Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    assertThat(html.select("script, link, iframe, form, object, embed")).isEmpty();
    assertThat(html.select("style")).as("only what cannot be inlined stays in the head").hasSize(1);
    assertThat(html.select("style").first().parent().tagName()).isEqualTo("head");
    for (String block : html.select("style").first().data().split("\n")) {
      assertThat(block).startsWith("@media");
    }
    assertThat(html.outerHtml()).doesNotContain("@import", "@font-face", "url(");
    Element container = html.selectFirst("table.container");
    assertThat(container.attr("style")).contains("max-width:600px").contains("width:100%");
    assertThat(html.select("table")).allMatch(t -> t.attr("role").equals("presentation"));
    assertThat(html.select("h2.story-title").first().attr("style")).as("the style sheet is inlined").contains("font-size:21px");
    assertThat(html.select("a.button").first().attr("style")).as("a class wins over the element").contains("color:#ffffff");
    for (Element link : html.select("a[href]")) {
      assertThat(link.attr("href")).as(link.outerHtml()).startsWith("https://");
    }
    assertThat(html.select(".story-title a").eachAttr("href")).containsExactly(
        "https://example.org/2021/10/18/allies-regret-the-decision/", "https://example.org/2021/10/18/russia-suspends-its-mission-to-nato/");
    assertThat(html.select(".preheader").text()).isNotBlank();
    String preheader = html.selectFirst(".preheader").wholeText();
    assertThat(preheader).startsWith(html.selectFirst(".preheader").text().substring(0, 20));
    String after = preheader.substring(preheader.indexOf('\u034f'));
    assertThat(after).as("invisible characters keep an inbox's preview from running on into the body").hasSizeGreaterThan(60)
        .matches("[\u034f\u200c\u00a0]+");
    assertThat(html.select(".preheader").attr("style")).contains("display:none");
    assertThat(html.select("a:contains(View this briefing in your browser)").attr("href")).isEqualTo("https://example.org/briefings/2021-10-18/");
    assertThat(html.select("a:contains(Unsubscribe)").attr("href")).isEqualTo("https://example.org/unsubscribe?u=");
    assertThat(html.select("meta[name=color-scheme]").attr("content")).isEqualTo("light dark");
    assertThat(html.select("style").first().data()).contains("prefers-color-scheme: dark", "max-width: 480px");
    assertThat(html.select(".why").text()).contains("The last standing channel");
    assertThat(html.select(".key-points li").eachText()).containsExactly("The mission closes in November.",
        "The liaison office in Moscow closes too.");
    assertThat(html.select(".sources a").eachAttr("href")).contains("https://www.reuters.com/", "https://www.nato.int/statement");
    assertThat(new HtmlValidator().errors(site.out().resolve("briefings/2021-10-18/email.html")))
        .as("valid HTML but for the Office namespaces Outlook for Windows needs on <html>")
        .allMatch(e -> e.endsWith("error: Attribute “xmlns:v” not allowed here.") || e.endsWith("error: Attribute “xmlns:o” not allowed here."))
        .hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void outlookForWindowsGetsAFixedWidthTableAndItsSettingsInConditionalComments() throws Exception {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG)).build();
    Document html = Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    assertThat(html.selectFirst("html").attr("xmlns:v")).isEqualTo("urn:schemas-microsoft-com:vml");
    assertThat(html.selectFirst("html").attr("xmlns:o")).isEqualTo("urn:schemas-microsoft-com:office:office");
    List<String> head = conditional(html.head());
    assertThat(head).as("Outlook's settings in the head, for Outlook alone").hasSize(1);
    assertThat(head.get(0)).contains("<o:OfficeDocumentSettings>", "<o:PixelsPerInch>96</o:PixelsPerInch>",
        "mso-line-height-rule: exactly").as("Outlook ignores display:none").containsPattern("\\.preheader \\{[^}]*mso-hide: all");
    for (Element padded : html.select("[style~=padding[^;]*:[^;]*[1-9]]")) {
      assertThat(padded.tagName()).as("Outlook pads table cells, not " + padded.tagName() + "." + padded.className())
          .isIn("td", "a", "ul");
    }
    Element container = html.selectFirst("table.container");
    Element cell = container.parent();
    List<org.jsoup.nodes.Comment> around = cell.childNodes().stream().filter(n -> n instanceof org.jsoup.nodes.Comment)
        .map(n -> (org.jsoup.nodes.Comment) n).toList();
    assertThat(around).as("a table opened before the container and closed after it").hasSize(2);
    assertThat(around.get(0).siblingIndex()).isLessThan(container.siblingIndex());
    assertThat(around.get(1).siblingIndex()).isGreaterThan(container.siblingIndex());
    Document ghost = Jsoup.parseBodyFragment(around.get(0).getData().replaceFirst("^\\[if mso\\]>", "").replaceFirst("<!\\[endif\\]$", ""));
    Element fixed = ghost.selectFirst("table");
    assertThat(fixed.attr("width")).isEqualTo("600");
    assertThat(fixed.attr("align")).isEqualTo("center");
    assertThat(fixed.attr("style")).contains("width:600px");
    assertThat(around.get(0).getData()).startsWith("[if mso]>").endsWith("<![endif]");
    assertThat(around.get(1).getData()).isEqualTo("[if mso]></td></tr></table><![endif]");
    for (Element styled : html.select("[style*=line-height]")) {
      assertThat(styled.attr("style")).as("Outlook reads line heights in pixels only: " + styled.tagName() + "." + styled.className())
          .containsPattern("line-height:\\d+px");
    }
    for (Element button : html.select("a.button")) {
      assertThat(button.parent().tagName()).as("Outlook pads a table cell, never a link").isEqualTo("td");
      assertThat(button.parent().attr("style")).contains("background-color:#8c1c1c");
    }
  }

  /** The texts of the conditional comments for Outlook directly in {@code element}. */
  static List<String> conditional(Element element) {
    return element.childNodes().stream().filter(n -> n instanceof org.jsoup.nodes.Comment c && c.getData().startsWith("[if mso]>"))
        .map(n -> ((org.jsoup.nodes.Comment) n).getData()).toList();
  }

  @Test
  void linksInMarkdownAndImagesAreMadeAbsoluteUnderTheSubPath() throws Exception {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG).replace("base_url: https://example.org/", "base_url: https://example.org/news/") + """
        -- content/editions/2021-10-18.md --
        ---
        title: Monday
        ---
        See [the archive](/archive/) and ![a map](/images/flag.png "Map: The Desk").
        """).build();
    Document html = Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    // a link written from the site's root leads into the site, under its sub-path (it led to the host's root)
    assertThat(html.select(".note a").attr("href")).isEqualTo("https://example.org/news/archive/");
    assertThat(html.select(".note img").attr("src")).isEqualTo("https://example.org/news/images/flag.png");
    assertThat(html.select(".note img").attr("alt")).isEqualTo("a map");
    assertThat(html.select(".note img").attr("style")).as("an image of unknown size never overflows a phone")
        .contains("max-width:100%", "height:auto");
    assertThat(html.select(".story-title a").first().attr("href")).startsWith("https://example.org/news/2021/10/18/");
    assertThat(site.file("briefings/2021-10-18/email.txt")).contains("See the archive (https://example.org/news/archive/)");
  }

  @Test
  void theTextPartKeepsAnOrderedListsNumbersACodeBlocksLinesAndAFootnotesMark() {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG) + """
        -- content/editions/2021-10-18.md --
        ---
        title: Monday
        ---
        The steps, in order:

        3. ceasefire
        4. talks between the two delegations in Geneva, which the mediators expect to take several weeks
           - first on prisoners
        5. vote

        The statement's text:

        ```
        Article 1
          Article 2
        ```

        The vote was close[^n].

        [^n]: Twelve to eleven.
        """).build();
    String text = site.file("briefings/2021-10-18/email.txt");
    assertThat(text).as("an ordered list's numbers, from its first, and an item's further lines under its text")
        .contains("\n3. ceasefire\n4. talks between", "\n   to take several weeks\n   - first on prisoners\n5. vote\n");
    assertThat(text).as("a code block's lines, one a line, indented").contains("\n    Article 1\n      Article 2\n");
    assertThat(text).as("the footnote's text under the mark that cites it").contains("The vote was close[1].", "\n[1] Twelve to eleven.")
        .doesNotContainPattern("(?m)^-$");
  }

  @Test
  void aKeyPointsPhotoCreditStaysInItsItemInTheTextPart() {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG)).edit("content/stories/suspension.md",
        "  - The liaison office in Moscow closes too.",
        "  - \"![The quay at dawn](/images/flag.png 'Photo: Max Roe/Other Agency')\"\n  - The liaison office in Moscow closes too.").build();
    assertThat(Jsoup.parse(site.file("briefings/2021-10-18/email.html")).select(".key-points li figcaption").text())
        .isEqualTo("Photo: Max Roe/Other Agency");
    assertThat(site.file("briefings/2021-10-18/email.txt")).contains("""
        Key points:
        - The mission closes in November.
        - [The quay at dawn]
          Photo: Max Roe/Other Agency
        - The liaison office in Moscow closes too.
        """);
  }

  static byte[] image(String format, int width, int height) throws Exception {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    assertThat(javax.imageio.ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  @Test
  void everyImageHasAWidthAndHeightThatFitTheColumnAndAnAlt() throws Exception {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG) + """
        -- content/editions/2021-10-18.md --
        ---
        title: Monday
        ---
        ![A wide map](/images/wide.png "Map: The Desk") ![](../../images/small.gif "Photo: The Desk") ![A photo](/images/photo.jpg "Photo: The Desk")

        ![A logo](/images/logo.svg "Logo: The Desk") ![A drawing](/images/drawing.svg "Drawing: The Desk") ![A remote chart](https://cdn.example.net/chart.png "Chart: The Desk")
        -- static/images/logo.svg --
        <?xml version="1.0"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="120px" height="40"><rect width="120" height="40"/></svg>
        -- static/images/drawing.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1104 300"><rect width="10" height="10"/></svg>
        """).writeBytes("static/images/wide.png", image("png", 1200, 800))
        .writeBytes("static/images/small.gif", image("gif", 40, 30))
        .writeBytes("static/images/photo.jpg", image("jpg", 300, 200))
        .edit("content/stories/suspension.md", "why_it_matters: The last standing channel between the two sides closes.",
            "why_it_matters: \"The last standing channel between the two sides closes. ![Chart](/images/wide.png 'Chart: The Desk')\"")
        .build();
    Document html = Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    assertThat(html.select(".note img")).extracting(img -> img.attr("src") + " " + img.attr("width") + "x" + img.attr("height"))
        .containsExactly("https://example.org/images/wide.png 550x367", "https://example.org/images/small.gif 40x30",
            "https://example.org/images/photo.jpg 300x200", "https://example.org/images/logo.svg 120x40",
            "https://example.org/images/drawing.svg 550x149", "https://cdn.example.net/chart.png 550x");
    assertThat(html.select(".note img").eachAttr("alt")).containsExactly("A wide map", "", "A photo", "A logo", "A drawing",
        "A remote chart");
    assertThat(html.select(".note img").get(5).hasAttr("height")).as("a remote image's height is unknown").isFalse();
    assertThat(html.select(".why img").attr("width")).isEqualTo("550");
    assertThat(html.select(".why img").attr("height")).isEqualTo("367");
    assertThat(site.file("briefings/2021-10-18/email.txt")).as("the text part says what the images show")
        .contains("[A wide map] Map: The Desk", "[A photo] Photo: The Desk", "[A logo] Logo: The Desk [A drawing] Drawing: The Desk",
            "[A remote chart]");
    for (Element img : html.select("img")) {
      assertThat(img.hasAttr("alt")).isTrue();
      assertThat(img.attr("style")).as("it still shrinks on a 320 px screen").contains("max-width:100%", "height:auto");
    }

    site.writeBytes("static/images/wide.png", image("png", 900, 900)).build();
    Document rebuilt = Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    assertThat(rebuilt.select(".note img").first().attr("height")).as("an image of another size is measured again").isEqualTo("550");

    site.edit("content/stories/reaction.md", "sources: [nato]", "sources: [nato]\nwhy_it_matters: \"![A small one](/images/small.gif 'Photo: The Desk')\"")
        .build();
    Document edited = Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    assertThat(site.lastWay()).isEqualTo(org.briefing.rebuild.BuildPlanner.Way.EDIT);
    assertThat(edited.select(".why img").eachAttr("width")).as("an image an edited story brings").contains("40");
  }

  @Test
  void namesAndSubjectsInFrenchGermanAndArabicAreEncodedSoAParserReadsThemBack() throws Exception {
    String[][] cases = {
        {"Le Bureau de Bruxelles", "L’été à Bruxelles : les ministres se réunissent", "Rédaction <redaction@example.org>", "Rédaction"},
        {"Das Büro", "Außenminister prüfen die Lage in Köln", "\"Müller, Jürgen\" <juergen@example.org>", "Müller, Jürgen"},
        {"النشرة", "روسيا تعلق بعثتها لدى حلف شمال الأطلسي اعتبارا من الشهر المقبل", "مكتب الأخبار <news@example.org>", "مكتب الأخبار"}};
    for (String[] c : cases) {
      TestSite site = TestSite.of(dir, site("email:\n  from: '" + c[2] + "'\n").replace("title: Test Briefing", "title: \"" + c[0] + "\"") + """
          -- content/editions/2021-10-18.md --
          ---
          title: "%s"
          ---
          """.formatted(c[1])).build();
      byte[] eml = Files.readAllBytes(site.out().resolve("briefings/2021-10-18/email.eml"));
      String raw = new String(eml, StandardCharsets.ISO_8859_1);
      assertThat(raw.chars()).as("7-bit").allMatch(ch -> ch < 0x80);
      assertThat(raw.split("\r\n")).allMatch(line -> line.length() <= 78);
      MimeMessage message = parse(eml);
      assertThat(message.getSubject()).isEqualTo(c[0] + ": " + c[1]);
      assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo(c[3]);
      assertThat(part(message, "text/plain")).contains(c[1].toUpperCase(java.util.Locale.ROOT));
      assertThat(Jsoup.parse(part(message, "text/html")).select("h1").text()).isEqualTo(c[1]);
      for (String line : raw.split("\r\n")) {
        if (line.startsWith("Subject:") || line.startsWith("From:")) {
          assertThat(MimeUtility.decodeText(line)).isNotEmpty();
        }
      }
    }
  }

  @Test
  void aSiteWithoutAnEmailSectionWritesNoEmail() {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS).build();
    assertThat(site.exists("briefings/2021-10-06/index.html")).isTrue();
    assertThat(site.outputPaths()).noneMatch(path -> path.contains("email."));
  }

  @Test
  void anEmptyEmailSectionSendsAsThePublisherWithoutAnUnsubscribeHeader() throws Exception {
    TestSite site = TestSite.of(dir, Fixtures.TWO_EDITIONS).write("""
        -- briefing.yaml --
        title: Test Briefing
        description: A briefing for tests.
        base_url: https://example.org/
        language: en
        time_zone: Europe/Brussels
        publisher:
          name: Test Desk
        email: {}
        """).build();
    MimeMessage message = parse(Files.readAllBytes(site.out().resolve("briefings/2021-10-06/email.eml")));
    assertThat(message.getFrom()[0].toString()).isEqualTo("Test Desk <briefing@example.org>");
    assertThat(message.getSubject()).isEqualTo("Test Briefing: Wednesday 6 October 2021");
    assertThat(message.getHeader("List-Unsubscribe")).isNull();
    assertThat(Jsoup.parse(part(message, "text/html")).select("a:contains(Unsubscribe)")).isEmpty();
  }

  @Test
  void contentIsEscapedInTheHtmlPartAndPlainInTheTextPart() throws Exception {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG)).build();
    site.edit("content/stories/reaction.md", "title: Allies regret the decision", "title: \"Allies <b>regret</b> & <script>x()</script>\"")
        .build();
    String html = site.file("briefings/2021-10-18/email.html");
    assertThat(Jsoup.parse(html).select("b, script")).isEmpty();
    assertThat(Jsoup.parse(html).select(".story-title").eachText()).contains("Allies <b>regret</b> & <script>x()</script>");
    assertThat(site.file("briefings/2021-10-18/email.txt")).contains("Allies <b>regret</b> & <script>x()</script>");
  }

  @Test
  void theSiteOverridesTheEmailTemplatesAndStyleSheet() {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG)).build();
    site.write("""
        -- templates/email.css --
        h1 { color: #123456; }
        @media (prefers-color-scheme: dark) { h1 { color: #fedcba !important; } }
        -- templates/email-text.ftl --
        Our own text: ${edition.title}
        """).build();
    Document html = Jsoup.parse(site.file("briefings/2021-10-18/email.html"));
    assertThat(html.select("h1").attr("style")).isEqualTo("color:#123456");
    assertThat(html.select("h2").attr("style")).isEmpty();
    assertThat(site.file("briefings/2021-10-18/email.txt")).isEqualTo("Our own text: Monday 18 October 2021\n");
  }

  @Test
  void aStoryEditedAfterABuildIsInTheEmailOfTheNextBuild() {
    TestSite site = TestSite.of(dir, site(EMAIL_CONFIG)).build();
    site.edit("content/stories/reaction.md", "Allied governments said they regretted the step.", "Allied governments were sorry.")
        .build();
    assertThat(site.file("briefings/2021-10-18/email.txt")).contains("Allied governments were sorry.");
  }

  @Test
  void aLongPreheaderIsCutBetweenCharactersNeverInsideOne() {
    for (String note : List.of("😀".repeat(100), "a" + "😀".repeat(100))) {
      TestSite site = TestSite.of(dir, site(EMAIL_CONFIG) + "\n-- content/editions/2021-10-18.md --\n---\ntitle: Faces\n---\n\n"
          + note + "\n").build();
      String preheader = Jsoup.parse(site.file("briefings/2021-10-18/email.html")).selectFirst(".preheader").text();
      assertThat(preheader).as("cut").contains("…").doesNotContain("?");
      String cut = preheader.substring(0, preheader.indexOf('…'));
      assertThat(note).startsWith(cut);
      assertThat(cut.codePoints()).as("no half of a character").noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }
  }

  @Test
  void wrongEmailSettingsAreErrorsAtTheirLine() {
    List<Problem> errors = TestSite.of(dir, site("""
        email:
          from: "Desk <desk@>"
          subject: "{site} {edition}"
          unsubscribe: "javascript:alert(1)?{email}"
          max_kb: 1
        """)).buildFails();
    assertThat(errors).extracting(p -> p.position().line() + ": " + p.message()).containsExactly(
        "9: 'email.from' is not an email address: 'desk@' is not an email address: it needs a name, '@' and a domain, like name@example.org",
        "10: 'email.subject' cannot use {edition}",
        "11: 'email.unsubscribe' must be an https:// (or http://, mailto:) address, and 'javascript:alert(1)?{email}' is not",
        "12: 'email.max_kb' must be a whole number from 10 to 102400, not '1'");
    List<Problem> typo = TestSite.of(dir, site("email:\n  form: desk@example.org\n")).buildFails();
    assertThat(typo.get(0).message()).isEqualTo("unknown field 'form' in 'email'");
    assertThat(typo.get(0).hint()).contains("did you mean 'from'?");
  }
}
