package org.briefing.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times the search analysis and the layout of the index alone, as a clean build runs it (a new {@link Analyser}, so an empty
 * table of words seen), over the stories of a content folder read crudely (title line, paragraphs),
 * and prints a checksum of every analysis so that a change to the analysis's speed can show it
 * changed nothing else.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/search-bench.cp) org.briefing.search.AnalysisBench CONTENT [PASSES]</pre>
 */
public final class AnalysisBench {
  private AnalysisBench() {}

  public static void main(String[] args) throws IOException {
    List<SearchDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        documents.add(document(Files.readString(file)));
      }
    }
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    for (int pass = 0; pass < passes; pass++) {
      long start = System.nanoTime();
      Analyser analyser = new Analyser();
      long sum = 0;
      List<AnalysedDocument> analysed = new ArrayList<>();
      for (SearchDocument d : documents) {
        AnalysedDocument analysedDocument = analyser.analyse(d, 0);
        analysed.add(analysedDocument);
        AnalysedDocument.Terms a = analysedDocument.terms();
        sum = sum * 31 + Arrays.hashCode(a.stems()) + 7L * Arrays.hashCode(a.weights()) + 11L * Arrays.hashCode(a.forms())
            + 13L * Arrays.hashCode(a.formStems());
      }
      long analysedAt = System.nanoTime();
      Map<String, Map<String, Object>> files = SearchIndex.build(analysed);
      long laidOut = System.nanoTime();
      // the manifest's version is a fingerprint of the search code: the checksum leaves it out, so
      // that a change of the code that lays out the same files shows the same checksum
      Map<String, Map<String, Object>> withoutVersion = new java.util.LinkedHashMap<>(files);
      Map<String, Object> manifest = new java.util.LinkedHashMap<>(files.get(SearchIndex.MANIFEST));
      manifest.remove("version");
      withoutVersion.put(SearchIndex.MANIFEST, manifest);
      System.out.printf("pass %d: %d documents analysed in %d ms, checksum %x; %d files laid out in %d ms, checksum %x%n", pass,
          documents.size(), (analysedAt - start) / 1_000_000, sum, files.size(), (laidOut - analysedAt) / 1_000_000,
          withoutVersion.hashCode());
    }
  }

  private static SearchDocument document(String text) {
    String title = "";
    int body = 0;
    if (text.startsWith("---")) {
      int end = text.indexOf("\n---", 3);
      for (String line : text.substring(3, end).split("\n")) {
        if (line.startsWith("title:")) {
          title = line.substring(6).trim();
        }
      }
      body = end + 4;
    }
    List<String> paragraphs = Arrays.stream(text.substring(body).split("\n\\s*\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    return new SearchDocument("/", title, null, null, paragraphs, Map.of(), LocalDate.of(2021, 1, 1), "en", false);
  }
}
