package org.briefing.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The words of a text in one language, each as its folded surface form (lower case, accents
 * folded: what the browser can work out from what a reader types) and its stem (Lucene's stemmer
 * for the language, then folded: what the index is keyed by). A word is a run of letters, digits
 * and marks; a run of Chinese or Japanese characters, written without spaces, gives each pair of
 * neighbouring characters as a word instead. The browser splits a query the same way. Not
 * thread-safe: one per index build.
 */
final class Words {
  /** Longer runs are no words a reader types (hashes, encoded data); they would only bloat the index. */
  private static final int LONGEST = 40;
  private static final Pattern MARK = Pattern.compile("\\p{M}+");

  /**
   * A word as found: its folded surface form and its stem (null for a stop word). There is one
   * object for each surface form and stem of a language, and one {@link Stem} for each stem, so
   * that an analyser counts a document's words without hashing them; {@code document} is scratch
   * for the one {@link Analyser} these words belong to.
   */
  static final class Word {
    private final String surface;
    private final Stem stem;
    /** {@link #prefix} of the surface, by which an analyser sorts most forms without comparing them. */
    final long order;
    int document = -1;
    /** The surface's number in the analyser's vocabulary, once it has one. */
    int id = -1;

    private Word(String surface, Stem stem) {
      this.surface = surface;
      this.stem = stem;
      this.order = prefix(surface);
    }

    String surface() {
      return surface;
    }

    /** The stem's text, empty for a stop word. */
    String stem() {
      return stem == null ? "" : stem.text;
    }

    /** The stem, or null for a stop word. */
    Stem stemOf() {
      return stem;
    }
  }

  /** A stem of one language; {@code document}, {@code count} and {@code position} are the analyser's scratch. */
  static final class Stem {
    final String text;
    /** {@link #prefix} of the text. */
    final long order;
    int document = -1;
    int count;
    int position;
    /** The text's number in the analyser's vocabulary, once it has one. */
    int id = -1;

    private Stem(String text) {
      this.text = text;
      this.order = prefix(text);
    }
  }

  /**
   * The first three UTF-16 units of {@code text} (none missing: a word has no U+0000) in 48 bits,
   * in the order {@link String#compareTo} puts texts, as a number that sorts below any other
   * prefix greater than it when compared signed: two texts whose prefixes differ are in the order
   * of their prefixes.
   */
  static long prefix(String text) {
    long prefix = 0;
    for (int i = 0; i < 3; i++) {
      prefix = prefix << 16 | (i < text.length() ? text.charAt(i) : 0);
    }
    return prefix - (1L << 47);
  }

  private final Map<String, Analysis> languages = new HashMap<>();
  private String lastTag;
  private Analysis last;

  /** The words of {@code text}, in order, analysed for {@code language} (a BCP 47 tag; unknown ones are folded but not stemmed). */
  List<Word> of(String text, String language) {
    List<Word> words = new ArrayList<>();
    scan(text, language, words::add);
    return words;
  }

  /** The text being scanned, copied once: a word is looked up and read from this array, not the string. */
  private char[] chars = new char[256];

  /** Gives {@code sink} the words of {@code text}, in order, as {@link #of} lists them, and returns how many there were. */
  int scan(String text, String language, Consumer<Word> sink) {
    if (language != lastTag) {
      last = languages.computeIfAbsent(primary(language), Analysis::new);
      lastTag = language;
    }
    Analysis analysis = last;
    int count = 0;
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    char[] chars = this.chars;
    text.getChars(0, length, chars, 0);
    int at = 0;
    while (at < length) {
      int start = at;
      // the word's hash (String's, over its UTF-16 units) is taken as it is read, not in a second pass
      int hash = 0;
      while (at < length) {
        char unit = chars[at];
        if (unit < 0x80) {
          if (!(unit >= 'a' && unit <= 'z' || unit >= 'A' && unit <= 'Z' || unit >= '0' && unit <= '9')) {
            break;
          }
          hash = 31 * hash + unit;
          at++;
          continue;
        }
        int c = Character.isHighSurrogate(unit) && at + 1 < length && Character.isLowSurrogate(chars[at + 1])
            ? Character.toCodePoint(unit, chars[at + 1]) : unit;
        if (!inWord(c) || isCjk(c)) {
          break;
        }
        hash = 31 * hash + unit;
        if (c >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
          hash = 31 * hash + chars[at + 1];
        }
        at += Character.charCount(c);
      }
      if (at == start) {
        int c = Character.codePointAt(chars, at, length);
        if (isCjk(c)) {
          at = pairs(analysis, chars, at, length, sink);
          count += paired;
        } else {
          at += Character.charCount(c);
        }
      } else if (at - start > 1 && at - start <= LONGEST) {
        Word w = analysis.word(chars, start, at, hash);
        if (w.surface().length() > 1) {
          sink.accept(w);
          count++;
        }
      }
    }
    return count;
  }

  /** How many words the last call of {@link #pairs} gave. */
  private int paired;

  /**
   * Gives {@code sink} each pair of neighbouring characters of the run of Chinese or Japanese
   * characters at {@code at}, and returns where the run ends. A character keeps the marks that
   * follow it (a voicing mark typed apart, a variation selector); a character alone gives nothing,
   * as a word of one letter does.
   */
  private int pairs(Analysis analysis, char[] chars, int at, int length, Consumer<Word> sink) {
    paired = 0;
    int previous = -1;
    while (at < length) {
      int c = Character.codePointAt(chars, at, length);
      if (!isCjk(c)) {
        break;
      }
      int start = at;
      at += Character.charCount(c);
      while (at < length) {
        int mark = Character.codePointAt(chars, at, length);
        if (!isMark(mark)) {
          break;
        }
        at += Character.charCount(mark);
      }
      if (previous >= 0) {
        int hash = 0;
        for (int i = previous; i < at; i++) {
          hash = 31 * hash + chars[i];
        }
        sink.accept(analysis.word(chars, previous, at, hash));
        paired++;
      }
      previous = start;
    }
    return at;
  }

  /**
   * True for a character of the scripts written without spaces between words that the index
   * splits into pairs: Chinese characters (Han), Hiragana and Katakana, with the marks those
   * scripts share with others (ー, ｰ, 〆). The search script's {@code CJK} is the same class
   * ({@code WordsTest} compares them). Korean is written with spaces, and its words are words.
   */
  static boolean isCjk(int c) {
    if (c < 0x2E80) {
      return false;
    }
    if (c == 0x30FC || c == 0xFF70 || c == 0x3006) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * True for a letter, digit or combining mark ({@code [\p{L}\p{N}\p{M}]}, the same rule as the
   * search script's), tested by category: a regular expression of these classes took a fifth of
   * the analysis's time in a profile of a clean build.
   */
  static boolean inWord(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
          Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
      default -> false;
    };
  }

  /** The folded stop words of {@code language}, which are not indexed and which the browser leaves out of a query. */
  Set<String> stopWords(String language) {
    Analysis analysis = languages.computeIfAbsent(primary(language), Analysis::new);
    Set<String> folded = new TreeSet<>();
    for (Object word : analysis.stop) {
      folded.add(analysis.fold(new String((char[]) word)));
    }
    return folded;
  }

  /** "en" for "en-GB": the stemmers are by language, not by region. */
  static String primary(String language) {
    String lower = language == null ? "" : language.toLowerCase(Locale.ROOT);
    int dash = lower.indexOf('-');
    return dash < 0 ? lower : lower.substring(0, dash);
  }

  /**
   * The letters folded with no mark to lose, as the search script's table {@code SPECIAL} folds
   * them (search.js: the two must be the same, {@code WordsTest} compares them): letters written
   * without their accent in other words (ß, æ, ø, ł, ħ), the Greek final sigma, and the Arabic
   * letters a reader may type either way (ة, ى, the elongation ـ).
   */
  static final Map<String, String> SPECIAL = Map.ofEntries(Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"),
      Map.entry("ø", "o"), Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("þ", "th"), Map.entry("ł", "l"), Map.entry("ı", "i"),
      Map.entry("ŀ", "l"), Map.entry("ħ", "h"), Map.entry("ŧ", "t"), Map.entry("ŋ", "n"), Map.entry("ə", "e"), Map.entry("ς", "σ"),
      Map.entry("ة", "ه"), Map.entry("ى", "ي"), Map.entry("ـ", ""));
  private static final Pattern SPECIAL_LETTER = Pattern.compile("[" + String.join("", new TreeSet<>(SPECIAL.keySet())) + "]");

  /**
   * A lower-case word folded as the search script folds what a reader types: its special letters
   * ({@link #SPECIAL}), then NFKD with every mark removed, lower case, and the special letters again.
   */
  static String withoutMarks(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 0x80) {
        String bare = MARK.matcher(Normalizer.normalize(special(lower), Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        return special(bare);
      }
    }
    return lower;
  }

  private static String special(String text) {
    java.util.regex.Matcher m = SPECIAL_LETTER.matcher(text);
    return m.find() ? m.reset().replaceAll(r -> SPECIAL.get(r.group())) : text;
  }

  /** The analysis of one language, with every word it has seen: a site's vocabulary is far smaller than its text. */
  private static final class Analysis {
    private final String language;
    private final CharArraySet stop;
    private final Analyzer folding;
    private final Analyzer stemming;
    /** Every text seen, as an open-addressing table looked up by a range of the text, with no string made. */
    private char[][] texts = new char[1 << 12][];
    private int[] hashes = new int[1 << 12];
    private Word[] words = new Word[1 << 12];
    private int size;
    private final Map<String, Stem> stems = new HashMap<>();
    private final Map<String, Word> forms = new HashMap<>();

    Analysis(String language) {
      this.language = language;
      this.stop = switch (language) {
        case "en" -> EnglishAnalyzer.getDefaultStopSet();
        case "fr" -> FrenchAnalyzer.getDefaultStopSet();
        case "de" -> GermanAnalyzer.getDefaultStopSet();
        case "es" -> SpanishAnalyzer.getDefaultStopSet();
        case "it" -> ItalianAnalyzer.getDefaultStopSet();
        case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
        case "ar" -> ArabicAnalyzer.getDefaultStopSet();
        default -> CharArraySet.EMPTY_SET;
      };
      this.folding = chain(false);
      this.stemming = chain(true);
    }

    /** The word {@code text[start, end)}, whose {@link String#hashCode} is {@code hash}. */
    Word word(char[] text, int start, int end, int hash) {
      int mask = texts.length - 1;
      int at = (hash ^ hash >>> 16) & mask;
      int length = end - start;
      for (char[] seen; (seen = texts[at]) != null; at = at + 1 & mask) {
        if (hashes[at] == hash && seen.length == length && java.util.Arrays.equals(seen, 0, length, text, start, end)) {
          return words[at];
        }
      }
      char[] t = java.util.Arrays.copyOfRange(text, start, end);
      Word w = make(new String(t));
      texts[at] = t;
      hashes[at] = hash;
      words[at] = w;
      if (++size * 2 > texts.length) {
        grow();
      }
      return w;
    }

    private Word make(String t) {
      String composed = Normalizer.normalize(t, Normalizer.Form.NFC);
      String lower = composed.toLowerCase(Locale.ROOT);
      String surface = fold(composed);
      String stem = stop.contains(lower) ? "" : withoutMarks(analyse(stemming, composed));
      Stem s = stem.isEmpty() ? null : stems.computeIfAbsent(stem, Stem::new);
      return forms.computeIfAbsent(surface + '\u0000' + stem, k -> new Word(surface, s));
    }

    private void grow() {
      char[][] oldTexts = texts;
      int[] oldHashes = hashes;
      Word[] oldWords = words;
      texts = new char[oldTexts.length * 2][];
      hashes = new int[oldTexts.length * 2];
      words = new Word[oldTexts.length * 2];
      int mask = texts.length - 1;
      for (int i = 0; i < oldTexts.length; i++) {
        if (oldTexts[i] != null) {
          int hash = oldHashes[i];
          int at = (hash ^ hash >>> 16) & mask;
          while (texts[at] != null) {
            at = at + 1 & mask;
          }
          texts[at] = oldTexts[i];
          hashes[at] = hash;
          words[at] = oldWords[i];
        }
      }
    }

    String fold(String text) {
      return withoutMarks(analyse(folding, Normalizer.normalize(text, Normalizer.Form.NFC)));
    }

    /** Lower case, then (when {@code stem}) the language's normalisation and stemmer, then accents folded. */
    private Analyzer chain(boolean stem) {
      return new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new KeywordTokenizer();
          TokenStream words = new LowerCaseFilter(source);
          if (language.equals("ar")) {
            words = new ArabicNormalizationFilter(words);
          }
          if (stem) {
            words = switch (language) {
              case "en" -> new SnowballFilter(words, new EnglishStemmer());
              case "fr" -> new FrenchLightStemFilter(words);
              case "de" -> new GermanLightStemFilter(new GermanNormalizationFilter(words));
              case "es" -> new SpanishLightStemFilter(words);
              case "it" -> new ItalianLightStemFilter(words);
              case "pt" -> new PortugueseLightStemFilter(words);
              case "ar" -> new ArabicStemFilter(words);
              default -> words;
            };
          }
          return new TokenStreamComponents(source, words);
        }
      };
    }

    private static String analyse(Analyzer analyzer, String word) {
      try (TokenStream stream = analyzer.tokenStream("", new StringReader(word))) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        String result = stream.incrementToken() ? term.toString() : "";
        stream.end();
        return result;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
