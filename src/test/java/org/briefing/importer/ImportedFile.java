package org.briefing.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A content file written by the importer, split into parsed front matter and Markdown body. */
record ImportedFile(Map<String, Object> front, String body, ImportResult result) {

  @SuppressWarnings("unchecked")
  static ImportedFile of(ImportResult result) {
    String text = result.markdown();
    if (!text.startsWith("---\n")) {
      throw new AssertionError("no front matter:\n" + text);
    }
    int end = text.indexOf("\n---\n", 3);
    String yaml = text.substring(4, end + 1);
    String body = text.substring(end + 5);
    Object front = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return new ImportedFile((Map<String, Object>) front, body.strip(), result);
  }

  static ImportedFile importResource(String name, ImportOptions options) {
    return of(new Importer(options).importBytes(name, resource(name)));
  }

  static ImportedFile importResource(String name) {
    return importResource(name, new ImportOptions("2021-10-18", List.of(), List.of(), SourceCatalog.empty()));
  }

  /** Imports plain text written in the test, dated 18 October 2021. */
  static ImportedFile importText(String text) {
    return of(new Importer(ImportOptions.none().withDate("2021-10-18"))
        .importBytes("story.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  static byte[] resource(String name) {
    try (InputStream in = ImportedFile.class.getResourceAsStream("/import/" + name)) {
      if (in == null) {
        throw new AssertionError("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text(String key) {
    Object v = front.get(key);
    return v == null ? null : v.toString();
  }

  @SuppressWarnings("unchecked")
  List<Object> list(String key) {
    return (List<Object>) front.getOrDefault(key, List.of());
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(String key) {
    return (Map<String, Object>) front.get(key);
  }

  /** The names of the inline sources, in order. */
  List<String> sourceNames() {
    return list("sources").stream().map(s -> String.valueOf(((Map<?, ?>) s).get("name"))).toList();
  }

  List<String> paragraphs() {
    return List.of(body.split("\n\n"));
  }

  List<ReportEntry> report() {
    return result.report();
  }
}
