package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.text.ScanSteps;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where a value can start. {@link Matcher#find()} tries every position of a
 * text; most of a voice turn is words, and a cheap test of one or two chars ("a digit after a
 * space") rules out nearly all of them, so the pattern runs a handful of times per turn. The
 * pattern sees the whole text (transparent bounds), so its look-behinds still work. While the
 * thread counts {@link ScanSteps}, each position tried and each char the pattern reads is a step.
 */
final class Anchored {
  /** Whether a match may start at {@code i}. */
  interface Start {
    boolean at(String text, int i);
  }

  static final Start DIGIT_AT_WORD_START =
      (text, i) -> isAsciiDigit(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)));

  static final Start WORD_START =
      (text, i) ->
          Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)));

  private final Pattern pattern;
  private final String text;
  private final Start start;
  private final Positions positions;
  private final ScanSteps steps = ScanSteps.current(); // null unless the thread counts
  private Matcher matcher;
  private WordStarts starts;
  private int from;

  /** Which positions the start test is asked about; the others are skipped in a tight loop. */
  private enum Positions {
    EVERY_CHAR,
    /** Where no letter or digit comes just before. */
    WORD_STARTS,
    /** An ASCII digit where no letter, digit or underscore comes just before. */
    DIGIT_WORD_STARTS
  }

  Anchored(Pattern pattern, String text, Start start) {
    this(pattern, text, start, Positions.EVERY_CHAR);
  }

  private Anchored(Pattern pattern, String text, Start start, Positions positions) {
    this.pattern = pattern;
    this.text = text;
    this.start = start;
    this.positions = positions;
  }

  /**
   * Like the constructor, for a start test that holds only at an ASCII digit starting a word
   * ({@link #DIGIT_AT_WORD_START}): the scan skips every other char in a tight loop before asking
   * the test, which most chars of a text never reach.
   */
  static Anchored atDigitWordStarts(Pattern pattern, String text, Start start) {
    return new Anchored(pattern, text, start, Positions.DIGIT_WORD_STARTS);
  }

  /**
   * Like the constructor, for a start test that never holds right after a letter or digit: the scan
   * asks the test at the first char of each word (and of each run of marks), about one char in five
   * of a turn. The test is called through an interface many recognizers implement; asked at every
   * char, that call is most of a recognizer's time.
   */
  static Anchored atWordStarts(Pattern pattern, String text, Start start) {
    return new Anchored(pattern, text, start, Positions.WORD_STARTS);
  }

  /** Finds the next match after the previous one, like {@link Matcher#find()}. */
  boolean find() {
    int length = text.length();
    int begin = from;
    int[] candidates = candidates();
    if (candidates != null) {
      for (int k = WordStarts.firstAtOrAfter(candidates, from); k < candidates.length; k++) {
        if (matchesAt(candidates[k], begin)) {
          return true;
        }
      }
    } else {
      for (int i = from; i < length; i++) {
        if (isCandidate(i) && matchesAt(i, begin)) {
          return true;
        }
      }
    }
    from = length;
    tried(length - begin);
    return false;
  }

  /**
   * The positions the start test is asked about, from the text's shared index of word starts, or
   * {@code null} to ask at every char that {@link #isCandidate} lets through.
   */
  private int[] candidates() {
    if (positions == Positions.EVERY_CHAR) {
      return null;
    }
    if (starts == null) {
      starts = WordStarts.of(text);
      if (starts == null) {
        return null; // a text too long to index
      }
    }
    return positions == Positions.WORD_STARTS ? starts.afterNoLetter() : starts.digitWords();
  }

  /** Whether the start test is asked at {@code i} when the text has no index. */
  private boolean isCandidate(int i) {
    return switch (positions) {
      case EVERY_CHAR -> true;
      case WORD_STARTS -> i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      case DIGIT_WORD_STARTS ->
          isAsciiDigit(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)));
    };
  }

  private boolean matchesAt(int i, int begin) {
    if (!start.at(text, i)) {
      return false;
    }
    if (matcher == null) {
      // Made at the first candidate: in most texts most recognizers find none.
      matcher =
          pattern
              .matcher(steps == null ? text : ScanSteps.readable(text))
              .useTransparentBounds(true)
              .useAnchoringBounds(false);
    }
    matcher.region(i, text.length());
    if (matcher.lookingAt()) {
      from = Math.max(matcher.end(), i + 1);
      tried(i + 1 - begin);
      return true;
    }
    return false;
  }

  private void tried(int positions) {
    if (steps != null) {
      steps.add(positions);
    }
  }

  /** The next match starts at {@code position} or later. */
  void skipTo(int position) {
    from = Math.max(from, position);
  }

  String group() {
    return matcher.group();
  }

  String group(int group) {
    return matcher.group(group);
  }

  int start() {
    return matcher.start();
  }

  int start(int group) {
    return matcher.start(group);
  }

  int end() {
    return matcher.end();
  }

  int end(int group) {
    return matcher.end(group);
  }

  /**
   * A digit at a word start followed by between {@code min} and {@code max} ASCII digits in all (a
   * cheap first test before a pattern that starts with {@code \d{min,max}}).
   */
  static boolean digitRunAt(String text, int i, int min, int max) {
    if (!DIGIT_AT_WORD_START.at(text, i)) {
      return false;
    }
    int digits = digitsAt(text, i, max + 1);
    return digits >= min && digits <= max;
  }

  /** The number of ASCII digits from {@code i}, counting no further than {@code max}. */
  static int digitsAt(String text, int i, int max) {
    int limit = Math.min(text.length(), i + max);
    int j = i;
    while (j < limit && isAsciiDigit(text.charAt(j))) {
      j++;
    }
    return j - i;
  }

  /** Whether {@code text} has one of {@code chars} at {@code i}. */
  static boolean oneOfAt(String text, int i, String chars) {
    return i < text.length() && chars.indexOf(text.charAt(i)) >= 0;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  static boolean isHex(char c) {
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /**
   * Whether {@code text} has {@code word} (lower case) at {@code i}, in any case. Char by char,
   * ASCII folded without a table: {@link String#regionMatches(boolean, int, String, int, int)}
   * takes a slow path whenever the two strings are coded differently ("boî" against a Latin-1
   * text).
   */
  static boolean startsWith(String text, int i, String word) {
    int n = word.length();
    if (i < 0 || i + n > text.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      char c = text.charAt(i + k);
      char w = word.charAt(k);
      if (c != w && lowerCase(c) != w) {
        return false;
      }
    }
    return true;
  }

  /** Whether an ASCII digit comes within {@code window} chars from {@code i}. */
  static boolean digitWithin(String text, int i, int window) {
    int limit = Math.min(text.length(), i + window);
    for (int j = i; j < limit; j++) {
      if (isAsciiDigit(text.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  private static char lowerCase(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }
}
