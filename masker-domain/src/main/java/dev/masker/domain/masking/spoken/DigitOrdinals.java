package dev.masker.domain.masking.spoken;

import java.util.List;

/**
 * The ordinals of the digits written for the digits a caller said, as a tired transcriber writes a
 * number read out digit by digit ("my phone is fourth fifth eighth fifth fifth fifth zero first
 * second ninth"). Each such ordinal becomes a token of its digit's word spanning the ordinal, so
 * the number reads as its digits wherever a digit word would.
 *
 * <p>Only inside a run of seven pieces or more, two of them ordinals at least, each a digit, a
 * digit's word, "oh", "double" or "triple", or a digit's ordinal: no date, rank or floor says seven
 * single digits in a row ("the fifth of may", "third floor, room two"). A run of ordinals only,
 * each one more than the last ("first second third fourth …"), is a count, and stays words.
 */
final class DigitOrdinals {
  private static final int MIN_PIECES = 7;

  /** Ordinals a run needs: one after six digits is a word ("… oh one four, second line"). */
  private static final int MIN_ORDINALS = 2;

  /** Each digit's ordinal, at the digit's index. */
  private static final List<String> ORDINALS =
      List.of(
          "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
          "ninth");

  /** Each digit's word, at the digit's index. */
  private static final List<String> WORDS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  private DigitOrdinals() {}

  /** Replaces the ordinals of {@code tokens} that stand for digits by the digits' words. */
  static void read(List<SpokenToken> tokens) {
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (!piece(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i;
      int ordinals = 0;
      boolean counting = true;
      int last = -1;
      while (end < n && piece(tokens.get(end))) {
        int value = ordinal(tokens.get(end));
        if (value >= 0) {
          ordinals++;
          counting &= last < 0 || value == last + 1;
          last = value;
        } else {
          counting = false;
        }
        end++;
      }
      if (ordinals >= MIN_ORDINALS && end - i >= MIN_PIECES && !counting) {
        spell(tokens, i, end);
      }
      i = end;
    }
  }

  private static void spell(List<SpokenToken> tokens, int from, int end) {
    for (int k = from; k < end; k++) {
      var t = tokens.get(k);
      int value = ordinal(t);
      if (value >= 0) {
        tokens.set(k, new SpokenToken(t.start(), t.end(), WORDS.get(value), SpokenToken.Type.WORD));
      }
    }
  }

  /** The digit whose ordinal {@code t} is, or -1. */
  private static int ordinal(SpokenToken t) {
    if (!t.isWord()) {
      return -1;
    }
    String word = t.text();
    int length = word.length();
    // most words are ruled out by their length or first letter before the list is searched
    return length >= 5 && length <= 7 && "zfsten".indexOf(word.charAt(0)) >= 0
        ? ORDINALS.indexOf(word)
        : -1;
  }

  private static boolean piece(SpokenToken t) {
    return ordinal(t) >= 0
        || t.isNumber() && t.text().length() == 1
        || NumberWords.singleDigit(t) >= 0
        || t.is("oh")
        || t.is("double")
        || t.is("triple");
  }
}
