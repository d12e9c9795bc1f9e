package dev.masker.domain.masking.spoken;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads runs of spoken numbers ("four one five, 555, twelve twelve", "double five", "eight
 * hundred", "forty-two") into the digit string a person would type.
 *
 * <p>A run is a sequence of number groups; between groups it tolerates separators (",", ".", "-",
 * "dash", "hyphen", "slash", "dot") and fillers ("um", "uh", "like", "then", "you know"), at most
 * {@value #MAX_GAP} tokens in a row. It ends at any other word. Groups:
 *
 * <ul>
 *   <li>digits as written ("555") and digit words, "zero", "oh" and "o" meaning 0 ("oh" and "o"
 *       only start a run when a number follows at once);
 *   <li>"double"/"triple" + one digit: "double five" is 55;
 *   <li>teens and tens as two-digit groups: "twelve" 12, "fifty five" and "fifty-five" 55, "fifty"
 *       50;
 *   <li>hundreds: "two hundred" 200, "two hundred and one" 201, "nineteen hundred" 1900; a single
 *       digit after "hundred" without "and" stays a separate digit ("eight hundred five five five"
 *       is 800 5 5 5, as toll-free numbers are said);
 *   <li>thousands: "two thousand four" 2004;
 *   <li>a digit word misheard ("won", "to", "too", "for", "fore", "ate") between two digit words,
 *       and at the edges of a number said digit by digit ({@link Homophones}).
 * </ul>
 */
public final class NumberWords {
  /** The most separator or filler tokens tolerated in a row inside a run. */
  public static final int MAX_GAP = 4;

  private static final Map<String, Integer> UNITS =
      ForeignDigitWords.with(
          Map.ofEntries(
              Map.entry("zero", 0),
              Map.entry("oh", 0),
              Map.entry("o", 0),
              Map.entry("nought", 0),
              Map.entry("one", 1),
              Map.entry("two", 2),
              Map.entry("three", 3),
              Map.entry("four", 4),
              Map.entry("five", 5),
              Map.entry("fife", 5), // an accent a transcript keeps
              Map.entry("fower", 4), // the radio alphabet's digits (ICAO), said over a phone
              Map.entry("niner", 9),
              Map.entry("wun", 1),
              Map.entry("ait", 8),
              Map.entry("six", 6),
              Map.entry("seven", 7),
              Map.entry("eight", 8),
              Map.entry("nine", 9)));
  private static final Map<String, Integer> TEENS =
      Map.ofEntries(
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fourty", 40, "fifty", 50, "sixty", 60,
          "seventy", 70, "eighty", 80, "ninety", 90);

  private static final Set<String> SEPARATOR_WORDS = Set.of("dash", "hyphen", "slash", "dot");
  private static final Set<String> SEPARATOR_SYMBOLS = Set.of(",", ".", "-", "\u2013", "\u2014");
  private static final Set<String> FILLERS =
      Set.of("um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "mm", "like", "then");

  private NumberWords() {}

  /**
   * Every word a spoken number can start or go on with, lower case: digits and "oh", teens, tens,
   * "hundred", "thousand", "million", "double", "triple". For callers that look for numbers in long
   * texts before they read any ({@code masking.known}).
   */
  public static Set<String> words() {
    var words = new java.util.HashSet<String>();
    words.addAll(UNITS.keySet());
    words.addAll(TEENS.keySet());
    words.addAll(TENS.keySet());
    words.addAll(List.of("hundred", "thousand", "million", "double", "triple"));
    return Set.copyOf(words);
  }

  /**
   * A run read from the tokens {@code [firstToken, endToken)}: its digits, the groups as they were
   * spoken ("oh three" is two groups "0" and "3", "eighty two" one group "82"), the char span
   * {@code [start, end)} of exactly the spoken value (no trailing filler) and whether any number
   * was a word.
   */
  public record Run(
      String digits,
      List<String> groups,
      int firstToken,
      int endToken,
      int start,
      int end,
      boolean hasWord) {
    public Run {
      groups = List.copyOf(groups);
    }

    @Override
    public String toString() {
      return "Run[" + start + ".." + end + " " + digits.length() + " digits]";
    }
  }

  /** The digits of a phrase that is one run from its first to its last token, if it is one. */
  public static Optional<String> digits(String phrase) {
    var tokens = SpokenTokens.read(phrase);
    return read(tokens, 0).filter(run -> run.endToken() == tokens.size()).map(Run::digits);
  }

  /**
   * The run starting at token {@code from}, if a number starts there, with the digit words a tired
   * transcript writes as their homophones ("for", "to", "too", "won", "ate") where they go on a run
   * of digits said one by one ("for one five five five oh one too too").
   */
  public static Optional<Run> read(List<SpokenToken> tokens, int from) {
    return readPlain(tokens, from).map(run -> Homophones.around(tokens, run));
  }

  static Optional<Run> readPlain(List<SpokenToken> tokens, int from) {
    if (from >= tokens.size() || !canStart(tokens, from)) {
      return Optional.empty();
    }
    var digits = new StringBuilder(16);
    var groups = new ArrayList<String>(8);
    int j = from;
    int last = -1;
    int gap = 0;
    boolean hasWord = false;
    boolean gapWord = false;
    int n = tokens.size();
    while (j < n) {
      int next = readGroup(tokens, j, digits, groups);
      if (next > j) {
        for (int k = j; k < next; k++) {
          hasWord |= tokens.get(k).isWord();
        }
        hasWord |= gapWord;
        gapWord = false;
        last = next - 1;
        j = next;
        gap = 0;
        continue;
      }
      int skipped = skipGap(tokens, j);
      if (skipped == j && last >= 0 && andBetweenDigitGroups(tokens, j, digits)) {
        skipped = j + 1;
      }
      // a pause written as dots ("five... five") counts as one token, however many dots
      int cost = tokens.get(j).is(".") || tokens.get(j).is("\u2026") ? 1 : skipped - j;
      if (skipped > j
          && last >= 0
          && gap + cost
              <= MAX_GAP) { // a word between written groups ("415, then 555", "415 dash 555") hides
        // the run from the
        // written-format recognizers: it is spoken
        for (int k = j; k < skipped; k++) {
          gapWord |= tokens.get(k).isWord();
        }
        gap += cost;
        j = skipped;
        continue;
      }
      break;
    }
    if (last < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Run(
            digits.toString(),
            groups,
            from,
            last + 1,
            tokens.get(from).start(),
            tokens.get(last).end(),
            hasWord));
  }

  /**
   * Whether the token at {@code j} is an "and" between digits said one by one, three or more on
   * each side ("three one two and five five five and oh one eight seven"): a caller reading out a
   * number by its groups. "five and six", "two and a half" stay words.
   */
  private static boolean andBetweenDigitGroups(
      List<SpokenToken> tokens, int j, CharSequence digits) {
    if (!tokens.get(j).is("and") || digits.length() < 3) {
      return false;
    }
    for (int k = j + 1; k <= j + 3; k++) {
      if (k >= tokens.size() || singleDigit(tokens.get(k)) < 0) {
        return false;
      }
    }
    for (int k = j - 3; k < j; k++) {
      if (k < 0 || singleDigit(tokens.get(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * What a number word stands for ("oh" 0, "seven" 7, "twelve" 12, "forty" 40), else -1: looked up
   * once per token ({@link SpokenToken#wordValue}).
   */
  static int wordValue(String word) {
    Integer v = UNITS.get(word);
    if (v == null) {
      v = TEENS.get(word);
    }
    if (v == null) {
      v = TENS.get(word);
    }
    return v == null ? -1 : v;
  }

  /** Whether a run may start at this token. */
  static boolean canStart(List<SpokenToken> tokens, int i) {
    var t = tokens.get(i);
    if (t.isNumber()) {
      return true;
    }
    if (!t.isWord()) {
      return false;
    }
    var w = t.text();
    if (w.equals("oh") || w.equals("o")) {
      return i + 1 < tokens.size() && isNumberToken(tokens.get(i + 1));
    }
    if (w.equals("double") || w.equals("triple")) {
      return i + 1 < tokens.size() && singleDigit(tokens.get(i + 1)) >= 0;
    }
    return t.wordValue() >= 0;
  }

  static boolean isNumberToken(SpokenToken t) {
    if (t.isNumber()) {
      return true;
    }
    return t.wordValue() >= 0 || t.isWord() && (t.is("double") || t.is("triple"));
  }

  /** Whether the token is a digit said as a word ("four", "oh"). */
  private static boolean isDigitWord(SpokenToken t) {
    return t.wordValue() >= 0 && t.wordValue() < 10;
  }

  /** The digit 0..9 a unit word or a one-digit token stands for, else -1. */
  static int singleDigit(SpokenToken t) {
    if (t.isNumber()) {
      return t.text().length() == 1 ? t.text().charAt(0) - '0' : -1;
    }
    return t.wordValue() < 10 ? t.wordValue() : -1;
  }

  /** 1..9 for "one".."nine" (not zero words), else -1. */
  static int unit(SpokenToken t) {
    int v = t.wordValue();
    return v > 0 && v < 10 ? v : -1;
  }

  static int teen(SpokenToken t) {
    int v = t.wordValue();
    return v >= 10 && v < 20 ? v : -1;
  }

  static int tens(SpokenToken t) {
    int v = t.wordValue();
    return v >= 20 ? v : -1;
  }

  static boolean isZeroWord(SpokenToken t) {
    return t.isWord()
        && (t.is("oh") || t.is("o") || t.is("zero") || t.is("nought") || t.wordValue() == 0);
  }

  /**
   * A cardinal below 100 at {@code i}: a unit, a teen, or tens with an optional unit (also
   * hyphenated). Returns the value and the next index packed by {@link #pack}, or -1.
   */
  static long belowHundred(List<SpokenToken> tokens, int i) {
    if (i >= tokens.size()) {
      return -1;
    }
    var t = tokens.get(i);
    int v = unit(t);
    if (v > 0) {
      return pack(v, i + 1);
    }
    v = teen(t);
    if (v > 0) {
      return pack(v, i + 1);
    }
    v = tens(t);
    if (v > 0) {
      int k = i + 1;
      if (k < tokens.size() && tokens.get(k).is("-")) {
        k++;
      }
      if (k < tokens.size() && unit(tokens.get(k)) > 0) {
        return pack(v + unit(tokens.get(k)), k + 1);
      }
      return pack(v, i + 1);
    }
    return -1;
  }

  /**
   * A cardinal below 10,000 said with words at {@code i} ("ninety two", "one hundred and one", "two
   * thousand four"). Returns the value and the next index packed by {@link #pack}, or -1.
   */
  static long cardinal(List<SpokenToken> tokens, int i) {
    long small = belowHundred(tokens, i);
    if (small < 0) {
      return -1;
    }
    int value = value(small);
    int next = next(small);
    int n = tokens.size();
    if (value < 10 && next < n && tokens.get(next).is("thousand")) {
      int base = value * 1000;
      long rest = restAfterMultiplier(tokens, next + 1, true);
      return rest < 0 ? pack(base, next + 1) : pack(base + value(rest), next(rest));
    }
    if (value < 20 && next < n && tokens.get(next).is("hundred")) {
      int base = value * 100;
      long rest = restAfterMultiplier(tokens, next + 1, false);
      return rest < 0 ? pack(base, next + 1) : pack(base + value(rest), next(rest));
    }
    return small;
  }

  /** After "hundred"/"thousand": [and] tens/teen, "and" + unit, or (thousand) X hundred … */
  static long restAfterMultiplier(List<SpokenToken> tokens, int i, boolean thousand) {
    int n = tokens.size();
    boolean and = i < n && tokens.get(i).is("and");
    int k = and ? i + 1 : i;
    if (k >= n) {
      return -1;
    }
    if (thousand && unit(tokens.get(k)) > 0 && k + 1 < n && tokens.get(k + 1).is("hundred")) {
      int base = unit(tokens.get(k)) * 100;
      long rest = restAfterMultiplier(tokens, k + 2, false);
      return rest < 0 ? pack(base, k + 2) : pack(base + value(rest), next(rest));
    }
    long small = belowHundred(tokens, k);
    if (small < 0) {
      return -1;
    }
    if (value(small) < 10 && !and && !thousand) {
      return -1;
    }
    return small;
  }

  static long pack(int value, int next) {
    return ((long) value << 32) | (next & 0xffffffffL);
  }

  static int value(long packed) {
    return (int) (packed >>> 32);
  }

  static int next(long packed) {
    return (int) packed;
  }

  /** Reads one group at {@code j}, appending its digits; returns the index after it, or j. */
  private static int readGroup(
      List<SpokenToken> tokens, int j, StringBuilder digits, List<String> groups) {
    var t = tokens.get(j);
    int n = tokens.size();
    if (t.isNumber()) {
      digits.append(t.text());
      groups.add(t.text());
      return j + 1;
    }
    if (!t.isWord()) {
      return j;
    }
    int misheard = Homophones.digit(t);
    if (misheard >= 0
        && j > 0
        && j + 1 < n
        && isDigitWord(tokens.get(j - 1))
        && isDigitWord(tokens.get(j + 1))
        && !groups.isEmpty()
        && groups.get(groups.size() - 1).length() == 1) {
      // "four won five", "five ate two": a digit word as speech-to-text mishears it, between two
      // digit words said one by one (not between written numbers: "from 1200 to 1350" is a range;
      // nor after a year or a count: "twenty twenty five to four one two …")
      var digit = String.valueOf(misheard);
      digits.append(digit);
      groups.add(digit);
      return j + 1;
    }
    if (t.isWord() && !groups.isEmpty() && j + 2 < n && tokens.get(j + 1).is("times")) {
      // "three oh seven, three times five, …": a digit said over and over, inside a run (ADR 30)
      int count = singleDigit(t);
      int d = singleDigit(tokens.get(j + 2));
      if (count >= 2 && count <= 4 && d >= 0) {
        var group = String.valueOf((char) ('0' + d)).repeat(count);
        digits.append(group);
        groups.add(group);
        return j + 3;
      }
    }
    if ((t.is("double") || t.is("triple")) && j + 1 < n) {
      int d = singleDigit(tokens.get(j + 1));
      if (d >= 0) {
        var group = String.valueOf((char) ('0' + d)).repeat(t.is("double") ? 2 : 3);
        digits.append(group);
        groups.add(group);
        return j + 2;
      }
      return j;
    }
    if (isZeroWord(t)) {
      digits.append('0');
      groups.add("0");
      return j + 1;
    }
    int before = digits.length();
    int scaled = ScaledNumbers.read(tokens, j, digits);
    if (scaled > j) {
      groups.add(digits.substring(before));
      return scaled;
    }
    long card = cardinal(tokens, j);
    if (card < 0) {
      return j;
    }
    int value = value(card);
    int next = next(card);
    // A unit followed by a unit is two digits, never a cardinal: belowHundred only merges tens.
    var group = Integer.toString(value);
    digits.append(group);
    groups.add(group);
    return next;
  }

  /**
   * Skips one separator, filler or pause (two tokens for "you know", "i mean", "hold on"); returns
   * j if none.
   */
  static int skipGap(List<SpokenToken> tokens, int j) {
    var t = tokens.get(j);
    if (t.isSymbol() && (t.is(".") || t.is("\u2026"))) {
      int k = j + 1;
      while (k < tokens.size() && (tokens.get(k).is(".") || tokens.get(k).is("\u2026"))) {
        k++; // "four one five... hang on... five five five": a pause is one gap
      }
      return k;
    }
    if (t.isSymbol() && SEPARATOR_SYMBOLS.contains(t.text())) {
      return j + 1;
    }
    if (!t.isWord()) {
      return j;
    }
    if (SEPARATOR_WORDS.contains(t.text()) || FILLERS.contains(t.text())) {
      return j + 1;
    }
    if (j + 1 < tokens.size()) {
      var u = tokens.get(j + 1);
      if ((t.is("you") && u.is("know"))
          || (t.is("i") && u.is("mean"))
          || (t.is("hold") || t.is("hang")) && u.is("on")) {
        return j + 2; // "five one oh five... hold on... oh five one"
      }
    }
    return j;
  }
}
