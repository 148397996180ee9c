package org.briefing.model;

import java.util.List;
import java.util.Set;
import org.briefing.load.FieldCheck;
import org.briefing.load.FieldSchema;

/** The fields a story's front matter and a folder's {@code _defaults.yaml} may use, and the other names taken for them. */
public final class StoryFields {
  /** Fields whose value reaches templates as it is, in {@code article.params}: the site's own ({@code params}) and the importer's credits. */
  static final String PARAMS = "params";
  static final String CREDITS = "credits";

  public static final FieldSchema SCHEMA = FieldSchema.of("a story", List.of("title", "date", "updated", "slug",
          "standfirst", "summary", "topics", "tags", "places", "authors", "sources", "image", "draft", "edition",
          "why_it_matters", "key_points", "whats_next", "go_deeper", "corrections", "aliases", "language", CREDITS, PARAMS))
      .with("image", FieldSchema.of("'image'", List.of("src", "alt", "caption", "credit", "focus")))
      .with("sources", FieldSchema.of("a source", List.of("name", "url", "type", "accessed", "publisher")))
      .with("go_deeper", FieldSchema.of("a 'go_deeper' link", List.of("title", "url")))
      .with("corrections", FieldSchema.of("a correction", List.of("date", "kind", "text")))
      .with(CREDITS, FieldSchema.open("'credits'", null))
      .with(PARAMS, FieldSchema.open("'params'", null))
      // names that Hugo and Jekyll use for the same things
      .alias("description", "summary")
      .alias("excerpt", "summary")
      .alias("lastmod", "updated")
      .alias("last_modified_at", "updated")
      .alias("author", "authors")
      .alias("redirect_from", "aliases")
      .unknown("Briefing does not use it; templates see it as article.params.NAME. To keep it without this warning, "
          + "declare it in briefing.yaml ('fields: [NAME]') or put it under 'params:'")
      .holdingBy("draft");

  private StoryFields() {}

  /**
   * The fields the site's own groupings read, after reporting, at its line in briefing.yaml, a
   * grouping that reads a field Briefing uses for something else.
   */
  public static Set<String> groupingFields(List<org.briefing.config.Grouping> groupings, org.briefing.problem.Problems problems) {
    Set<String> fields = new java.util.LinkedHashSet<>();
    for (org.briefing.config.Grouping g : groupings) {
      if (g.readsOwnField()) {
        continue;
      }
      if (SCHEMA.knows(g.field()) || SCHEMA.aliases().containsKey(g.field())) {
        problems.error(g.writtenAt(), "the group '" + g.name() + "' cannot read the field '" + g.field()
            + "': Briefing reads it for something else", "give the group a field of its own, e.g. 'field: " + g.name().replace('-', '_') + "'");
      } else {
        fields.add(g.field());
      }
    }
    return fields;
  }

  /** The check of story fields for a site that declared {@code declared} as its own. */
  public static FieldCheck check(Set<String> declared) {
    return new FieldCheck(SCHEMA, declared,
        "If 'NAME' is a field of your own, declare it in briefing.yaml: 'fields: [NAME]'.");
  }
}
