package dev.masker.domain.masking.spoken;

import java.util.List;

/**
 * A number said with "million", or with "thousand" after hundreds ("sixty four million eight
 * hundred twenty thousand three hundred seventy five", "eight hundred twenty thousand one"): no
 * caller reads an identifier so, but one bent on leaking it may, and its digits are the value's. A
 * count said so ("two million", "twelve thousand steps") reads as its digits too; only a cue makes
 * them a value.
 */
final class ScaledNumbers {
  private ScaledNumbers() {}

  /**
   * Reads a scaled number at {@code j}, appending its digits to {@code digits}; returns the index
   * after it, or {@code j} when none starts there.
   */
  static int read(List<SpokenToken> tokens, int j, StringBuilder digits) {
    long head = belowThousand(tokens, j);
    if (head < 0) {
      return j;
    }
    int at = NumberWords.next(head);
    int n = tokens.size();
    long value;
    if (at < n && tokens.get(at).is("million")) {
      value = NumberWords.value(head) * 1_000_000L;
      at++;
      long thousands = belowThousand(tokens, skipAnd(tokens, at));
      if (thousands >= 0
          && NumberWords.next(thousands) < n
          && tokens.get(NumberWords.next(thousands)).is("thousand")) {
        value += NumberWords.value(thousands) * 1_000L;
        at = NumberWords.next(thousands) + 1;
      }
    } else if (at < n && tokens.get(at).is("thousand") && NumberWords.value(head) >= 100) {
      value = NumberWords.value(head) * 1_000L;
      at++;
    } else {
      return j;
    }
    long rest = belowThousand(tokens, skipAnd(tokens, at));
    if (rest >= 0) {
      value += NumberWords.value(rest);
      at = NumberWords.next(rest);
    }
    digits.append(value);
    return at;
  }

  /**
   * Whether {@code run} holds a number said with "million", or with "thousand" after more than a
   * unit ("eight hundred twenty thousand"): a count or an amount unless a cue asks for it. "two
   * thousand twenty six" is a year.
   */
  static boolean counted(List<SpokenToken> tokens, NumberWords.Run run) {
    for (int k = run.firstToken() + 1; k < run.endToken(); k++) {
      var t = tokens.get(k);
      if (t.is("million") || t.is("thousand") && NumberWords.unit(tokens.get(k - 1)) < 0) {
        return true;
      }
    }
    return false;
  }

  private static int skipAnd(List<SpokenToken> tokens, int at) {
    return at < tokens.size() && tokens.get(at).is("and") ? at + 1 : at;
  }

  /** "eight hundred twenty", "three hundred and five", "sixty four": below 1,000, packed. */
  private static long belowThousand(List<SpokenToken> tokens, int i) {
    long small = NumberWords.belowHundred(tokens, i);
    if (small < 0) {
      return -1;
    }
    int next = NumberWords.next(small);
    if (NumberWords.value(small) < 10 && next < tokens.size() && tokens.get(next).is("hundred")) {
      int hundreds = NumberWords.value(small) * 100;
      long rest = NumberWords.belowHundred(tokens, skipAnd(tokens, next + 1));
      return rest < 0
          ? NumberWords.pack(hundreds, next + 1)
          : NumberWords.pack(hundreds + NumberWords.value(rest), NumberWords.next(rest));
    }
    return small;
  }
}
