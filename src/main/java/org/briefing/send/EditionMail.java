package org.briefing.send;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.config.EmailPatterns;
import org.briefing.config.SiteConfig;
import org.briefing.email.EmailMessage;
import org.briefing.email.MessageIds;
import org.briefing.send.Subscribers.Subscriber;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The email of one edition as the build wrote it ({@code briefings/DATE/email.html} and
 * {@code email.txt}), made into one message per subscriber: addressed to them, with their own
 * unsubscribe address in the links and the List-Unsubscribe header where the published copy has
 * the address with its places left empty.
 */
final class EditionMail {
  /** Why an edition's email cannot be sent, said so that the user knows what to do. */
  static final class Unusable extends Exception {
    Unusable(String message) {
      super(message);
    }
  }

  private final String date;
  private final String subject;
  private final String html;
  private final String text;
  private final SiteConfig config;
  private final String generic;

  private EditionMail(String date, String subject, String html, String text, SiteConfig config, String generic) {
    this.date = date;
    this.subject = subject;
    this.html = html;
    this.text = text;
    this.config = config;
    this.generic = generic;
  }

  /** Reads the built email of the edition of {@code date} from the output folder {@code out}. */
  static EditionMail read(Path out, String date, SiteConfig config) throws Unusable {
    Path folder = out.resolve("briefings").resolve(date);
    Path htmlFile = folder.resolve("email.html");
    Path textFile = folder.resolve("email.txt");
    if (!config.email().enabled()) {
      throw new Unusable("briefing.yaml has no 'email:' section, so the build writes no email; add one with 'from:' and"
          + " 'unsubscribe:' (see docs/email.md), then build again");
    }
    if (!Files.isRegularFile(htmlFile) || !Files.isRegularFile(textFile)) {
      throw new Unusable("there is no edition " + date + " in " + out + " (no " + out.relativize(htmlFile) + "); build the site"
          + " first (briefing build), and check the date against the editions in " + out.resolve("briefings"));
    }
    String unsubscribe = config.email().unsubscribe();
    if (unsubscribe.isEmpty()) {
      throw new Unusable("briefing.yaml sets no unsubscribe address, and every message sent must have one; add"
          + " 'email:' with 'unsubscribe: https://example.org/unsubscribe?email={email}' (your own page), then build again");
    }
    try {
      String html = Files.readString(htmlFile, StandardCharsets.UTF_8);
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      String generic = EmailPatterns.fillAddress(unsubscribe, Map.of());
      if (!html.contains("\"" + attribute(generic) + "\"") || !containsLink(text, generic)) {
        throw new Unusable("the built email of " + date + " has no link to the unsubscribe address " + generic
            + " in both its HTML and its text part; build the site again after changing 'email.unsubscribe', and keep the"
            + " unsubscribe link (email.unsubscribeUrl) in email templates of your own");
      }
      // the subject of the published message, as the build wrote it: the HTML's <title> has it with runs of spaces made one
      Path messageFile = folder.resolve("email.eml");
      String subject = Files.isRegularFile(messageFile) ? EmailMessage.subjectOf(Files.readAllBytes(messageFile)) : null;
      if (subject == null) {
        subject = Jsoup.parse(html).title();
      }
      return new EditionMail(date, subject.isBlank() ? config.title() : subject, html, text, config, generic);
    } catch (IOException e) {
      throw new Unusable("cannot read the email of " + date + ": " + e.getMessage());
    }
  }

  /** Something the email's readers may miss. */
  record ImageWarning(String message, String hint) {}

  String subject() {
    return subject;
  }

  /**
   * What a reader may miss in the email's images, each with its address: an image whose size the
   * build could not read (remote, missing, or of a kind Java cannot read) is shown at the column's
   * full width, and an image without alt text says nothing to a reader whose client shows no images.
   */
  List<ImageWarning> imageWarnings() {
    List<ImageWarning> warnings = new ArrayList<>();
    for (Element img : Jsoup.parse(html).select("img")) {
      String src = img.attr("src");
      if (!img.hasAttr("height")) {
        warnings.add(new ImageWarning("the image " + src + " is shown " + img.attr("width") + " px wide, the column's width,"
            + " because the build could not read its size (a remote image, a missing file, or a kind other than PNG, JPEG, GIF,"
            + " BMP or SVG)", "put the image in static/ and refer to it under base_url, or write it as <img> with a width and"
            + " a height"));
      }
      if (img.attr("alt").isBlank()) {
        warnings.add(new ImageWarning("the image " + src + " has no alt text, so readers who do not load images learn nothing"
            + " from it", "say what it shows in its brackets: ![what it shows](" + src + ")"));
      }
    }
    return warnings;
  }

  /** The message for one subscriber, dated {@code now}. */
  EmailMessage forSubscriber(Subscriber subscriber, Instant now) {
    Map<String, String> values = new LinkedHashMap<>(subscriber.fields());
    values.put("email", subscriber.mailbox().address());
    String personal = EmailPatterns.fillAddress(config.email().unsubscribe(), values);
    String personalHtml = html.replace("\"" + attribute(generic) + "\"", "\"" + attribute(personal) + "\"");
    String personalText = link(generic).matcher(text).replaceAll(Matcher.quoteReplacement(personal));
    return new EmailMessage(config.emailFrom(), subscriber.mailbox(), config.email().replyTo(), subject,
        now.atZone(config.timeZone()), messageId(subscriber), personal, config.email().oneClick(), personalText, personalHtml);
  }

  String messageId(Subscriber subscriber) {
    return MessageIds.of(date, config.baseUrl(), subscriber.mailbox().address());
  }

  private static boolean containsLink(String text, String address) {
    return link(address).matcher(text).find();
  }

  /** The address standing on its own in text: not the start of a longer one. */
  private static Pattern link(String address) {
    return Pattern.compile(Pattern.quote(address) + "(?=\\s|$)");
  }

  /** An address as jsoup writes it in an attribute. */
  private static String attribute(String address) {
    return address.replace("&", "&amp;").replace("\"", "&quot;");
  }
}
