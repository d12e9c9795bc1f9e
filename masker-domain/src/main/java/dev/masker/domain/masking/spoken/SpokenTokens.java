package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.text.ScanSteps;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * Splits a transcript into {@link SpokenToken}s in one linear scan. While the thread counts {@link
 * ScanSteps}, the scan counts a step per char and the list a step per token read from it.
 */
public final class SpokenTokens {
  /** One-char strings of ASCII, shared: a symbol or a spelled letter costs no new string. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private SpokenTokens() {}

  /** Texts longer than this are not kept for the next reader. */
  private static final int MAX_KEPT = 1 << 16;

  /** The last text tokenized on each thread, and its tokens. */
  private static final ThreadLocal<Kept> LAST = new ThreadLocal<>();

  private record Kept(String text, List<SpokenToken> tokens) {}

  /**
   * The spoken tokens of {@code text}, read only. The last text of each thread is kept (by
   * identity: a text is immutable), so the readers that run one after another on the same turn
   * share one reading; texts over {@value #MAX_KEPT} chars are not kept, nor are texts read while a
   * thread counts its scan steps.
   */
  public static List<SpokenToken> of(String text) {
    if (text.length() > MAX_KEPT || ScanSteps.current() != null) {
      return read(text);
    }
    Kept last = LAST.get();
    if (last != null && last.text() == text) {
      return last.tokens();
    }
    var tokens = Collections.unmodifiableList(read(text));
    LAST.set(new Kept(text, tokens));
    return tokens;
  }

  /**
   * The spoken tokens of {@code text}, not kept: for a piece cut out of a turn, which would push
   * the turn's own tokens out of {@link #of}'s keeping.
   */
  static List<SpokenToken> read(String text) {
    var tokens = new ArrayList<SpokenToken>(Math.max(8, text.length() / 4));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isAsciiDigit(c)) {
        int j = i + 1;
        while (j < n && isAsciiDigit(text.charAt(j))) {
          j++;
        }
        tokens.add(new SpokenToken(i, j, text.substring(i, j), SpokenToken.Type.NUMBER));
        i = j;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetter(d)) {
            j++;
          } else if (isApostrophe(d) && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        var word =
            j == i + 1 && c < 128
                ? ASCII[Character.toLowerCase(c)]
                : text.substring(i, j).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (word.equals("tousand")) {
          word = "thousand"; // an accent a transcript keeps: "two tousand and seven"
        }
        if (!addGluedDigits(tokens, i, word)
            && !addGluedTens(tokens, i, word)
            && !joinTeen(tokens, i, j, word)) {
          tokens.add(new SpokenToken(i, j, word, SpokenToken.Type.WORD));
          dropLetterName(tokens);
        }
        i = j;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else {
        int j = i + 1;
        if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(text.charAt(j))) {
          j++;
        }
        var symbol = j == i + 1 && c < 128 ? ASCII[c] : text.substring(i, j);
        tokens.add(new SpokenToken(i, j, symbol, SpokenToken.Type.SYMBOL));
        i = j;
      }
    }
    SpellingAlphabets.spell(tokens);
    LetterNames.read(tokens);
    DigitOrdinals.read(tokens);
    var steps = ScanSteps.current();
    if (steps == null) {
      return tokens;
    }
    steps.add(n);
    return new CountedTokens(tokens, steps);
  }

  /** The tokens, counting each one read. */
  private static final class CountedTokens extends AbstractList<SpokenToken>
      implements RandomAccess {
    private final List<SpokenToken> tokens;
    private final ScanSteps steps;

    CountedTokens(List<SpokenToken> tokens, ScanSteps steps) {
      this.tokens = tokens;
      this.steps = steps;
    }

    @Override
    public SpokenToken get(int index) {
      steps.add(1);
      return tokens.get(index);
    }

    @Override
    public int size() {
      return tokens.size();
    }
  }

  /**
   * "x as in x-ray", "j as in juliet": a letter named by a word that starts with it is the letter,
   * so the words naming it are dropped once the word ends the list ("x-ray" as its last token), and
   * a code spelled so reads as its letters. The dropped words lie inside any span that covers the
   * letters around them.
   */
  private static void dropLetterName(List<SpokenToken> tokens) {
    int size = tokens.size();
    int named = size - 1;
    if (size >= 6
        && tokens.get(size - 2).text().equals("-")
        && tokens.get(size - 3).text().length() == 1) {
      named = size - 3; // "x-ray": the word is three tokens
    }
    int letter = named - 3;
    if (letter < 0) {
      return;
    }
    var l = tokens.get(letter);
    var w = tokens.get(named);
    if (l.isWord()
        && l.text().length() == 1
        && tokens.get(letter + 1).is("as")
        && tokens.get(letter + 2).is("in")
        && w.isWord()
        && w.text().charAt(0) == l.text().charAt(0)
        && (named < size - 1 || w.text().length() > 1)) {
      tokens.subList(letter + 1, size).clear();
    }
  }

  /** The digit words a tired transcriber glues together ("fivefive", "ohfour"). */
  private static final String[] DIGIT_WORDS = {
    "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };

  /**
   * "fivefive five", "ohfour": a word made wholly of two digit words or more is those words, each a
   * token of its own, so a number said with two of its words run together reads whole. No English
   * word is made of digit words only.
   */
  private static boolean addGluedDigits(List<SpokenToken> tokens, int start, String word) {
    if (word.length() < 5 || word.length() > 40 || !isAsciiLetters(word)) {
      return false;
    }
    var parts = new ArrayList<String>();
    if (!digitWords(word, 0, parts) || parts.size() < 2) {
      return false;
    }
    int at = start;
    for (String part : parts) {
      tokens.add(new SpokenToken(at, at + part.length(), part, SpokenToken.Type.WORD));
      at += part.length();
    }
    return true;
  }

  private static final String[] TENS = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  /** The units a transcriber runs onto a ten, as numbers and as ordinals. */
  private static final java.util.Set<String> UNITS =
      java.util.Set.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second",
          "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

  /**
   * "twentyeighth", "sixtyone": a ten with its unit run onto it is the two words, each a token of
   * its own, so "december twentyeighth" is a date and "nineteen sixtyone" a year. No English word
   * is a ten and a unit.
   */
  private static boolean addGluedTens(List<SpokenToken> tokens, int start, String word) {
    if (word.length() < 8 || word.length() > 13 || "tfsen".indexOf(word.charAt(0)) < 0) {
      return false;
    }
    for (String ten : TENS) {
      if (word.startsWith(ten) && UNITS.contains(word.substring(ten.length()))) {
        int cut = start + ten.length();
        tokens.add(new SpokenToken(start, cut, ten, SpokenToken.Type.WORD));
        tokens.add(
            new SpokenToken(
                cut, start + word.length(), word.substring(ten.length()), SpokenToken.Type.WORD));
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} from {@code from} on is digit words only, adding them to {@code parts}.
   */
  private static boolean digitWords(String word, int from, List<String> parts) {
    if (from == word.length()) {
      return true;
    }
    for (String digit : DIGIT_WORDS) {
      if (word.startsWith(digit, from)) {
        parts.add(digit);
        if (digitWords(word, from + digit.length(), parts)) {
          return true;
        }
        parts.remove(parts.size() - 1);
      }
    }
    return false;
  }

  /** The first syllables a transcriber splits from "-teen" ("nine teen sixty", "fif teen"). */
  private static final java.util.Map<String, String> TEENS =
      java.util.Map.of(
          "thir", "thirteen",
          "four", "fourteen",
          "fif", "fifteen",
          "six", "sixteen",
          "seven", "seventeen",
          "eigh", "eighteen",
          "eight", "eighteen",
          "nine", "nineteen");

  /**
   * "nine teen sixty three": "teen" one blank after the first syllable of a teen makes one token
   * with it, the teen, spanning both.
   */
  private static boolean joinTeen(List<SpokenToken> tokens, int start, int end, String word) {
    if (!word.equals("teen") || tokens.isEmpty()) {
      return false;
    }
    var before = tokens.get(tokens.size() - 1);
    String teen = before.isWord() ? TEENS.get(before.text()) : null;
    if (teen == null || start - before.end() != 1) {
      return false;
    }
    tokens.set(
        tokens.size() - 1, new SpokenToken(before.start(), end, teen, SpokenToken.Type.WORD));
    return true;
  }

  private static boolean isAsciiLetters(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }
}
