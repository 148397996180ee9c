package org.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void aWordCharacterIsALetterDigitOrMarkOfAnyScriptAsTheSearchScriptSplitsAQuery() {
    Pattern script = Pattern.compile("[\\p{L}\\p{N}\\p{M}]");
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Words.inWord(c) != script.matcher(Character.toString(c)).matches()) {
        throw new AssertionError("U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void aTextIsSplitIntoFoldedWordsWithTheirStemsLeavingOutSingleLettersAndLongRuns() {
    String text = "The Défense ministers' talks, 2021: a report of \uD835\uDC00\uD835\uDC01 in 東京 — " + "x".repeat(41) + " suspended";
    assertThat(new Words().of(text, "en").stream().map(w -> w.surface() + "/" + w.stem()).toList())
        .containsExactly("the/", "defense/defens", "ministers/minist", "talks/talk", "2021/2021", "report/report", "of/",
            "ab/ab", "in/", "東京/東京", "suspended/suspend");
  }

  private static java.util.List<String> surfaces(String text, String language) {
    return new Words().of(text, language).stream().map(Words.Word::surface).toList();
  }

  @Test
  void aRunOfChineseOrJapaneseCharactersGivesEachPairOfNeighboursAsAWordOfAnyLength() {
    assertThat(surfaces("北京举行外交会议", "zh")).containsExactly("北京", "京举", "举行", "行外", "外交", "交会", "会议");
    // a run of more than 40 characters, which a word of other scripts may not be
    String sentence = "双方外交部长在北京举行了长时间的会谈并同意在明年春天继续就欧洲安全问题举行对话和磋商以及其他事项";
    assertThat(sentence.length()).isGreaterThan(40);
    assertThat(surfaces(sentence, "zh")).hasSize(sentence.length() - 1).startsWith("双方", "方外", "外交");
    assertThat(surfaces("G20峰会在东京 2026年", "zh")).containsExactly("g20", "峰会", "会在", "在东", "东京", "2026");
    assertThat(surfaces("コーヒーを飲む", "ja")).containsExactly("コー", "ーヒ", "ヒー", "ーを", "を飲", "飲む");
    // a voicing mark typed apart stays with its character, and is folded away as an accent is
    assertThat(surfaces("ガス か\u3099す", "ja")).containsExactly("カス", "かす");
    assertThat(surfaces("年", "zh")).as("a character alone, as a letter alone").isEmpty();
    assertThat(surfaces("Talks in 北京, 首尔 today", "en")).as("in a story of any language; Korean has its words")
        .containsExactly("talks", "in", "北京", "首尔", "today");
    // (folded as typed: NFKD writes a Korean syllable as its letters)
    assertThat(surfaces("서울에서 회담", "ko")).containsExactly(java.text.Normalizer.normalize("서울에서", java.text.Normalizer.Form.NFKD),
        java.text.Normalizer.normalize("회담", java.text.Normalizer.Form.NFKD));
  }

  @Test
  void theCharactersSplitIntoPairsAreTheSearchScriptsClass() throws java.io.IOException {
    String script = java.nio.file.Files.readString(java.nio.file.Path.of("templates/assets/search.js"));
    java.util.regex.Matcher declared = Pattern.compile("var CJK_CLASS = \"([^\"]*)\"").matcher(script);
    assertThat(declared.find()).as("search.js has its class of Chinese and Japanese characters").isTrue();
    // the script's class, a JavaScript string of a regular expression that Java reads alike
    Pattern cjk = Pattern.compile("[" + declared.group(1).replace("\\\\", "\\") + "]");
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Words.isCjk(c) != cjk.matcher(Character.toString(c)).matches()) {
        throw new AssertionError("U+" + Integer.toHexString(c));
      }
    }
    assertThat(Words.isCjk('ー')).isTrue();
  }

  @Test
  void aWordLosesEveryMarkAsTheSearchScriptFoldsAQueryWhetherItsTextWasComposedOrNot() {
    String text = "re\u0301fugie\u0301s réfugiés Αθήνα Йемен ё";
    assertThat(new Words().of(text, "fr").stream().map(Words.Word::surface).toList())
        .containsExactly("refugies", "refugies", "αθηνα", "иемен");
    assertThat(new Words().of("Йемене", "en").get(0).stem()).doesNotContain("й").startsWith("иемен");
  }

  /**
   * The search script's folding of a typed word (search.js: lower case, NFKD, marks removed, lower
   * case, then its table of special letters), done here as the script does it, with the table read
   * from the script itself.
   */
  static String scriptFold(String word, java.util.Map<String, String> special) {
    String w = java.text.Normalizer.normalize(special(word.toLowerCase(java.util.Locale.ROOT), special), java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    return special(w, special);
  }

  private static String special(String w, java.util.Map<String, String> special) {
    StringBuilder out = new StringBuilder();
    w.codePoints().forEach(c -> out.append(special.getOrDefault(Character.toString(c), Character.toString(c))));
    return out.toString();
  }

  static java.util.Map<String, String> scriptSpecials() throws java.io.IOException {
    String script = java.nio.file.Files.readString(java.nio.file.Path.of("templates/assets/search.js"));
    java.util.regex.Matcher table = Pattern.compile("var SPECIAL = \\{([^}]*)\\}").matcher(script);
    assertThat(table.find()).as("search.js has its table of special letters").isTrue();
    java.util.Map<String, String> special = new java.util.HashMap<>();
    java.util.regex.Matcher entry = Pattern.compile("\"([^\"]+)\":\\s*\"([^\"]*)\"").matcher(table.group(1));
    while (entry.find()) {
      special.put(entry.group(1), entry.group(2));
    }
    return special;
  }

  @Test
  void everyLetterIsFoldedAsTheSearchScriptFoldsWhatAReaderTypes() throws Exception {
    java.util.Map<String, String> special = scriptSpecials();
    java.util.List<String> differ = new java.util.ArrayList<>();
    for (String language : java.util.List.of("en", "ar")) {
      for (int c = 0; c <= 0xFFFF; c++) {
        if (!Character.isLetter(c) || Character.isSurrogate((char) c)) {
          continue;
        }
        // a word of the letter between two Latin letters, and alone in capitals, as a story may write it
        // (a Chinese or Japanese character makes a word with a neighbour of its script: the pair of two of it)
        String alone = Character.toString(c).repeat(Words.isCjk(c) ? 2 : 3).toUpperCase(java.util.Locale.ROOT);
        for (String word : java.util.List.of("a" + Character.toString(c) + "b", alone)) {
          java.util.List<Words.Word> found = new Words().of(word, language);
          String indexed = found.isEmpty() ? "" : found.get(0).surface();
          String typed = scriptFold(word, special);
          if (!found.isEmpty() && !indexed.equals(typed)) {
            differ.add(language + " U+" + Integer.toHexString(c) + " " + word + ": index " + indexed + ", script " + typed);
          }
        }
      }
    }
    assertThat(differ).as(differ.size() + " differ").isEmpty();
    assertThat(special).as("the script's table is the build's").isEqualTo(Words.SPECIAL);
  }
}
