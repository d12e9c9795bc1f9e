package dev.masker.domain.masking.known;

import java.util.Locale;

/**
 * The ordinals of the digits ("first" to "ninth", "zeroth"), which a tired transcriber writes for
 * the digit a caller said ("fourth fifth eighth, fifth fifth fifth …", ADR 38). An ordinal is a
 * day, a rank or a floor far more often than a digit, so no recognizer reads one as a digit; the
 * search for known numbers said as words ({@link SpokenRecurrences}) does, because there a run of
 * them is masked only when its digits hold a value the call said. Each ordinal is read as its
 * digit's word padded with spaces to the ordinal's length, so the stretch keeps its offsets.
 */
final class OrdinalDigits {
  /** Each digit's ordinal, at the digit's index. */
  private static final String[] ORDINALS = {
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"
  };

  /** Each digit's word, at the digit's index: never longer than its ordinal. */
  private static final String[] WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };

  /** The first letters of the ordinals: most words are ruled out by their first letter. */
  private static final String ORDINAL_STARTS = "zfsten";

  private OrdinalDigits() {}

  /** Whether {@code text[start, end)} is a digit's ordinal, in any case. */
  static boolean isOrdinal(String text, int start, int end) {
    return digit(text, start, end) >= 0;
  }

  private static int digit(String text, int start, int end) {
    int length = end - start;
    if (length < 5
        || length > 7
        || ORDINAL_STARTS.indexOf(Character.toLowerCase(text.charAt(start))) < 0) {
      return -1;
    }
    for (int d = 0; d < ORDINALS.length; d++) {
      if (ORDINALS[d].length() == length
          && text.regionMatches(true, start, ORDINALS[d], 0, length)) {
        return d;
      }
    }
    return -1;
  }

  /** {@code stretch} with each ordinal word in it read as its digit's word, offsets kept. */
  static String padded(String stretch) {
    StringBuilder out = null;
    int i = 0;
    int n = stretch.length();
    while (i < n) {
      if (!Character.isLetter(stretch.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && Character.isLetter(stretch.charAt(end))) {
        end++;
      }
      int d = digit(stretch, i, end);
      if (d >= 0) {
        if (out == null) {
          out = new StringBuilder(stretch);
        }
        var word = WORDS[d].toLowerCase(Locale.ROOT);
        for (int k = 0; k < end - i; k++) {
          out.setCharAt(i + k, k < word.length() ? word.charAt(k) : ' ');
        }
      }
      i = end;
    }
    return out == null ? stretch : out.toString();
  }
}
