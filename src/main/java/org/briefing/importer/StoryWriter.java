package org.briefing.importer;

import java.util.List;
import java.util.Map;
import org.briefing.load.YamlText;

/**
 * Writes a {@link StoryDraft} as a content file: YAML front matter in a fixed field order, every
 * string double-quoted, then the Markdown body.
 */
public final class StoryWriter {
  static final String NO_DATE_COMMENT = "# TODO: no date found in the input; import again with --date";
  static final String NO_PHOTO_COMMENT = "# TODO: add the photo file";

  private StoryWriter() {}

  public static String write(StoryDraft story) {
    StringBuilder out = new StringBuilder(4096).append("---\n");
    out.append("title: ").append(YamlText.quote(story.title())).append('\n');
    scalar(out, "slug", story.slug());
    if (story.date().isEmpty()) {
      out.append("date: \"\"  ").append(NO_DATE_COMMENT).append('\n');
    } else {
      out.append("date: ").append(YamlText.quote(story.date())).append('\n');
    }
    if (!story.embargo().isEmpty()) {
      out.append("draft: true  # ").append(commentSafe(story.embargo())).append(": delete this line once the embargo has passed\n");
    }
    scalar(out, "updated", story.updated());
    scalar(out, "standfirst", story.standfirst());
    list(out, "authors", story.authors(), "");
    list(out, "places", story.places(), "");
    topicsAndSources(out, story);
    image(out, story.image());
    if (!story.credits().isEmpty()) {
      out.append("credits:\n");
      for (Map.Entry<String, List<String>> role : story.credits().entrySet()) {
        list(out, role.getKey(), role.getValue(), "  ");
      }
    }
    out.append("---\n");
    if (!story.body().isEmpty()) {
      out.append('\n').append(String.join("\n\n", story.body())).append('\n');
    }
    return out.toString();
  }

  private static void topicsAndSources(StringBuilder out, StoryDraft story) {
    list(out, "topics", story.topics(), "");
    if (story.sources().isEmpty()) {
      return;
    }
    out.append("sources:\n");
    for (SourceRef source : story.sources()) {
      if (!source.id().isEmpty()) {
        out.append("  - ").append(YamlText.quote(source.id())).append('\n');
        continue;
      }
      out.append("  - name: ").append(YamlText.quote(source.name())).append('\n');
      if (!source.url().isEmpty()) {
        out.append("    url: ").append(YamlText.quote(source.url())).append('\n');
      }
      if (!source.type().isEmpty()) {
        out.append("    type: ").append(YamlText.quote(source.type())).append('\n');
      }
      // the importer only finds sources by the organisation's name; saying so files the story
      // under that organisation in the sources index (an unnamed agency is nobody's)
      if (!Organisations.isUnnamedAgency(source.name())) {
        out.append("    publisher: ").append(YamlText.quote(source.name())).append('\n');
      }
    }
  }

  private static void image(StringBuilder out, ImageDraft image) {
    if (image == null) {
      return;
    }
    out.append("image:\n");
    if (!image.src().isEmpty()) {
      out.append("  src: ").append(YamlText.quote(image.src())).append('\n');
    } else {
      out.append("  src: \"\"  ").append(NO_PHOTO_COMMENT);
      if (!image.original().isEmpty()) {
        out.append(" (the saved page had it at ").append(commentSafe(image.original())).append(')');
      }
      out.append('\n');
    }
    if (!image.alt().isEmpty()) {
      out.append("  alt: ").append(YamlText.quote(image.alt())).append('\n');
    }
    out.append("  caption: ").append(YamlText.quote(image.caption())).append('\n');
    out.append("  credit: ").append(YamlText.quote(image.credit())).append('\n');
  }

  private static void scalar(StringBuilder out, String key, String value) {
    if (!value.isEmpty()) {
      out.append(key).append(": ").append(YamlText.quote(value)).append('\n');
    }
  }

  private static void list(StringBuilder out, String key, List<String> values, String indent) {
    if (values.isEmpty()) {
      return;
    }
    out.append(indent).append(key).append(":\n");
    for (String value : values) {
      out.append(indent).append("  - ").append(YamlText.quote(value)).append('\n');
    }
  }

  private static String commentSafe(String text) {
    return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ");
  }
}
