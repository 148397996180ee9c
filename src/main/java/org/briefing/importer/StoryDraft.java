package org.briefing.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The story being assembled from one input: front-matter values, Markdown body blocks and the
 * report. Mutable, and owned by a single import.
 */
public final class StoryDraft {
  private String title = "";
  /** The slug to write, when the headline's is another story's published address; else empty. */
  private String slug = "";
  private String date = "";
  private String updated = "";
  private String standfirst = "";
  private String embargo = "";
  private final List<String> authors = new ArrayList<>();
  private final List<String> places = new ArrayList<>();
  private final List<String> topics = new ArrayList<>();
  private final List<SourceRef> sources = new ArrayList<>();
  private ImageDraft image;
  private final Map<String, List<String>> credits = new LinkedHashMap<>();
  private final List<String> body = new ArrayList<>();
  private final List<ReportEntry> report = new ArrayList<>();

  public String title() {
    return title;
  }

  public void title(String value) {
    title = value;
  }

  public String slug() {
    return slug;
  }

  public void slug(String value) {
    slug = value;
  }

  public String date() {
    return date;
  }

  public void date(String value) {
    date = value;
  }

  public String updated() {
    return updated;
  }

  public void updated(String value) {
    updated = value;
  }

  /** The agency's embargo line, or empty: a story with one is written as a draft. */
  public String embargo() {
    return embargo;
  }

  public void embargo(String line) {
    embargo = line;
  }

  public String standfirst() {
    return standfirst;
  }

  public void standfirst(String value) {
    standfirst = value;
  }

  public List<String> authors() {
    return authors;
  }

  public List<String> places() {
    return places;
  }

  public List<String> topics() {
    return topics;
  }

  public List<SourceRef> sources() {
    return sources;
  }

  public ImageDraft image() {
    return image;
  }

  public void image(ImageDraft value) {
    image = value;
  }

  /** Credits by role (photo, reporting, writing, editing), in the order first met. */
  public Map<String, List<String>> credits() {
    return credits;
  }

  /** Markdown blocks of the body, in order; each is joined to the next by a blank line. */
  public List<String> body() {
    return body;
  }

  public List<ReportEntry> report() {
    return report;
  }

  public void addAuthor(String name) {
    addDistinct(authors, name);
  }

  public void addPlace(String name) {
    addDistinct(places, name);
  }

  public void addCredit(String role, String name) {
    addDistinct(credits.computeIfAbsent(role, r -> new ArrayList<>()), name);
  }

  /** Adds a source unless one with the same name or id is already there. */
  public void addSource(SourceRef source) {
    if (sources.stream().noneMatch(s -> s.sameAs(source))) {
      sources.add(source);
    }
  }

  public void note(ReportEntry entry) {
    report.add(entry);
  }

  private static void addDistinct(List<String> list, String value) {
    if (list.stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
      list.add(value);
    }
  }
}
