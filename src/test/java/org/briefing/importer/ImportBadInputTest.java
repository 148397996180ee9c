package org.briefing.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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

  /**
   * Copy saved as UTF-16 without a byte-order mark was refused as a binary file, and copy saved as
   * UTF-32 was read as UTF-16: both are known as the build knows them, read, and said so.
   */
  @Test
  void textSavedAsUtf16WithoutAMarkOrAsUtf32IsReadAndTheReportSaysHow() {
    String text = "Port reopens in Gda\u0144sk \uD83C\uDF0A\n\nThe port reopened on Monday after repairs.\n";
    Map<String, byte[]> saved = new LinkedHashMap<>();
    saved.put("read as UTF-16LE (a NUL in every other byte", text.getBytes(StandardCharsets.UTF_16LE));
    saved.put("read as UTF-16BE (a NUL in every other byte", text.getBytes(StandardCharsets.UTF_16BE));
    saved.put("read as UTF-16LE (the file starts with its byte-order mark)", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    saved.put("read as UTF-32LE (the file starts with its byte-order mark)", ("\uFEFF" + text).getBytes(Charset.forName("UTF-32LE")));
    saved.put("read as UTF-32BE (the file starts with its byte-order mark)", ("\uFEFF" + text).getBytes(Charset.forName("UTF-32BE")));
    for (Map.Entry<String, byte[]> file : saved.entrySet()) {
      ImportResult result = importer.importBytes("a.txt", file.getValue());

      assertThat(result.refused()).as(file.getKey() + ": " + result.refusal()).isFalse();
      assertThat(ImportedFile.of(result).text("title")).as(file.getKey()).isEqualTo("Port reopens in Gda\u0144sk \uD83C\uDF0A");
      assertThat(result.report()).as(file.getKey()).anyMatch(e -> e.kind() == ReportEntry.Kind.NOTE && e.detail().startsWith(file.getKey()));
    }
    // a binary file is still one, whatever its NULs look like
    byte[] pairs = new byte[512];
    for (int i = 0; i < pairs.length; i += 2) {
      pairs[i] = (byte) (1 + i % 7);
    }
    assertThat(importer.importBytes("a.txt", pairs).refusal()).contains("binary file");
  }

  /** A wire's framing characters (U+0002, U+0003) and other control characters were left out without a word; the report counts them. */
  @Test
  void controlCharactersAreLeftOutAndCounted() {
    String text = "\u0002Port reopens\n\nThe port reopened on Monday\u001B after repairs.\n\u0003";
    ImportResult result = importer.importBytes("a.txt", text.getBytes(StandardCharsets.UTF_8));

    assertThat(ImportedFile.of(result).text("title")).isEqualTo("Port reopens");
    assertThat(result.markdown()).contains("The port reopened on Monday after repairs.").doesNotContain("\u0002", "\u001B", "\u0003");
    assertThat(result.report()).anyMatch(e -> e.kind() == ReportEntry.Kind.NOTE
        && e.detail().equals("left out 3 characters that no page can carry (control characters such as U+0002, first on line 1)"));
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
