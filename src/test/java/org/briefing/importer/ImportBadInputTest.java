package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImportBadInputTest {
  private final Importer importer = new Importer(ImportOptions.none().withDate("2021-10-18"));

  @Test
  void emptyFileIsRefusedWithAReason() {
    assertThat(importer.importBytes("a.txt", new byte[0]).refusal()).isEqualTo("the file is empty");
    assertThat(importer.importBytes("a.txt", " \n\n \t\n".getBytes(StandardCharsets.UTF_8)).refusal())
        .isEqualTo("the file has no text, only white space");
  }

  /** A page that hides its whole article until a script shows it gave a story with no text, and exit code 0 (helper-93). */
  @Test
  void aPageWhoseTextIsAllHiddenIsRefusedNotImportedEmpty() {
    String page = """
        <html><head><title>Council approves plan</title></head><body><article><h1>Council approves plan</h1>
        <div class="article-body" style="visibility:hidden"><p>The council approved the harbour plan on Tuesday.</p>
        <p>It will cost four million pounds.</p></div></article></body></html>""";
    assertThat(importer.importBytes("a.html", page.getBytes(StandardCharsets.UTF_8)).refusal())
        .startsWith("the article's text is all in elements the page hides");
    String shown = page.replace(" style=\"visibility:hidden\"", "");
    assertThat(importer.importBytes("a.html", shown.getBytes(StandardCharsets.UTF_8)).refused()).isFalse();
  }

  @Test
  void binaryFilesAreRefused() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertThat(importer.importBytes("a.txt", noise).refusal()).contains("binary file");
    assertThat(importer.importBytes("a.txt", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)).refusal()).contains("PDF");
  }

  @Test
  void windows1252TextIsReadAsWindows1252AndTheReportSaysSo() {
    String text = "Café owners protest \u201cunfair\u201d rent rise\n\nOwners of 40 cafés marched on Monday – peacefully.\n";
    ImportResult result = importer.importBytes("a.txt", text.getBytes(Charset.forName("windows-1252")));

    ImportedFile file = ImportedFile.of(result);
    assertThat(file.text("title")).isEqualTo("Café owners protest \u201cunfair\u201d rent rise");
    assertThat(result.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.NOTE
        && e.detail().contains("not valid UTF-8 (first bad byte at line 1)") && e.detail().contains("read as windows-1252"));
  }

  @Test
  void bytesThatAreNotWindows1252FallBackToLatin1() {
    byte[] bytes = "Zoll\u00e4mter schlie\u00dfen\n\nDie \u00c4mter schlie\u00dfen.\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] withUndefined = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, withUndefined, 0, bytes.length);
    withUndefined[bytes.length] = (byte) 0x81;
    ImportResult result = importer.importBytes("a.txt", withUndefined);

    assertThat(ImportedFile.of(result).text("title")).isEqualTo("Zollämter schließen");
    assertThat(result.report()).anyMatch(e -> e.detail().contains("read as Latin-1 (ISO-8859-1)"));
  }

  @Test
  void utf8ByteOrderMarkIsNotPartOfTheHeadline() {
    byte[] text = "\uFEFFPort reopens\n\nThe port reopened on Monday after repairs.\n".getBytes(StandardCharsets.UTF_8);
    assertThat(ImportedFile.of(importer.importBytes("a.txt", text)).text("title")).isEqualTo("Port reopens");
  }

  @Test
  void withoutADateTheFileIsNotCompleteAndTheReportSaysWhatToDo() {
    ImportResult result = new Importer(ImportOptions.none())
        .importBytes("a.txt", "Port reopens\n\nThe port reopened on Monday after repairs.\n".getBytes(StandardCharsets.UTF_8));

    assertThat(result.hasDate()).isFalse();
    assertThat(result.markdown()).contains("date: \"\"  # TODO");
    assertThat(result.report()).anyMatch(e -> e.detail().contains("--date"));
  }

  @Test
  void aTwentyMegabyteFileIsImportedWithAWarning() {
    StringBuilder text = new StringBuilder("A very long file\n\n");
    String paragraph = "The committee met again on Thursday and agreed to continue the discussion next week, officials said.\n\n";
    while (text.length() < 20 * 1024 * 1024) {
      text.append(paragraph);
    }
    ImportResult result = importer.importBytes("big.txt", text.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(result.refused()).isFalse();
    assertThat(result.markdown().length()).isGreaterThan(20 * 1000 * 1000);
    assertThat(result.report()).anyMatch(e -> e.detail().contains("far longer than one news story"));
  }

  @Test
  void textWithoutAHeadlineGetsAGuessedTitleAndKeepsAllText() {
    String text = "The council approved the budget on Tuesday after a long debate that lasted until midnight, with nine votes in favour.\n";
    ImportResult result = importer.importBytes("a.txt", text.getBytes(StandardCharsets.UTF_8));

    ImportedFile file = ImportedFile.of(result);
    assertThat(file.text("title")).isEqualTo("The council approved the budget on Tuesday after a long debate that lasted until midnight, with nine votes in favour");
    assertThat(file.body()).isEqualTo(text.strip());
    assertThat(result.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.UNSURE && e.field().equals("title"));
  }
}
