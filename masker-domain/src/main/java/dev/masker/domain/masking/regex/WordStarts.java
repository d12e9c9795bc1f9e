package dev.masker.domain.masking.regex;

import java.util.Arrays;

/**
 * Where the words of a text start, found in one pass and shared by the fifty-odd scans the
 * recognizers make of the same text: each scan then visits the sixty word starts of a turn instead
 * of its three hundred chars. The last text of each thread is kept (by identity: a text is
 * immutable), so the recognizers of one pass, given the same string one after another, share one
 * index. Texts over {@value #MAX_LENGTH} chars are not indexed (the scans then read every char): a
 * thread keeps its last index for as long as it lives.
 */
final class WordStarts {
  static final int MAX_LENGTH = 1 << 16;

  private static final ThreadLocal<WordStarts> LAST = new ThreadLocal<>();

  private final String text;

  /** Positions with no letter or digit just before (the first char of a word or of a mark run). */
  private final int[] afterNoLetter;

  /** ASCII digits with no letter, digit or underscore just before. */
  private final int[] digitWords;

  private WordStarts(String text) {
    this.text = text;
    int length = text.length();
    int[] starts = new int[length];
    int[] digits = new int[length];
    int s = 0;
    int d = 0;
    boolean letterBefore = false;
    boolean wordCharBefore = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!letterBefore) {
        starts[s++] = i;
      }
      if (!wordCharBefore && c >= '0' && c <= '9') {
        digits[d++] = i;
      }
      letterBefore = Character.isLetterOrDigit(c);
      wordCharBefore = letterBefore || c == '_';
    }
    this.afterNoLetter = Arrays.copyOf(starts, s);
    this.digitWords = Arrays.copyOf(digits, d);
  }

  /** The index of {@code text}, or {@code null} when it is too long to keep. */
  static WordStarts of(String text) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    WordStarts last = LAST.get();
    if (last != null && last.text == text) {
      return last;
    }
    WordStarts made = new WordStarts(text);
    LAST.set(made);
    return made;
  }

  /** Positions, ascending, where no letter or digit comes just before. */
  int[] afterNoLetter() {
    return afterNoLetter;
  }

  /** Positions, ascending, of an ASCII digit where no letter, digit or underscore comes before. */
  int[] digitWords() {
    return digitWords;
  }

  /** The first index of {@code positions} holding {@code from} or more. */
  static int firstAtOrAfter(int[] positions, int from) {
    int k = Arrays.binarySearch(positions, from);
    return k >= 0 ? k : -k - 1;
  }
}
