package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;

/**
 * Postal codes of many countries read on tokens: five digits (US, DE, FR, ES, IT), four (AT, CH,
 * DK, NO, BE, AU), four digits and two capitals (NL "1234 AB", or "1234AB" where every shape is
 * allowed), three and two digits (SE "123 45"), "NNNN-NNN" (PT), "NNNNN-NNN" (BR), "NN-NNN" (PL),
 * "NNN-NNNN" (JP, only where every shape is allowed: it is also a local phone number), a country
 * prefix before four or five digits ("CH-8001", "LV-1050", "D-10115"), "A1A 1A1" (CA), the British
 * "SW1A 1AA", the Irish Eircode ("D02 X285"), the Argentine CPA ("C1425DKA"), and, where every
 * shape is allowed, six digits (RO, IN, RU, CN) and "NNN NNN" (IN). The canonical form is the code
 * in capitals without blanks.
 */
final class PostalCode {
  private PostalCode() {}

  /** Whether a four-digit code ("1010") is allowed where only distinctive shapes are. */
  enum Shapes {
    /** Every shape: next to an address or after a postal-code label. */
    ALL,
    /** Shapes a number in prose rarely has: no bare four digits, no "NNN NN". */
    DISTINCTIVE
  }

  /** The token after a postal code starting at token {@code i}, or {@code i}. */
  static int end(TokenizedText text, int i, Shapes shapes) {
    int size = text.size();
    if (i >= size) {
      return i;
    }
    String word = text.word(i);
    int length = word.length();
    boolean next = i + 1 < size && text.gapBefore(i + 1) == TokenizedText.GAP_SPACE;
    if (text.isDigits(i)
        && (length == 2 || length == 4 || length == 5)
        && dashedAt(text, i + 1, 3, 3)) {
      return i + 2; // "58-346", "1234-567", "12345-678": the dash splits the tokens
    }
    if (shapes == Shapes.ALL && text.isDigits(i) && length == 3 && dashedAt(text, i + 1, 4, 4)) {
      return i + 2; // "150-0002"
    }
    if (length <= 2
        && Character.isLetter(word.charAt(0))
        && Character.isLetter(word.charAt(length - 1))
        && allCapitals(text, i)
        && dashedAt(text, i + 1, 4, 5)) {
      return i + 2; // "CH-8001", "LV-1050"
    }
    if (text.isDigits(i)) {
      if (length == 5) {
        return i + 1;
      }
      if (length == 4) {
        if (next && isTwoCapitals(text, i + 1)) {
          return i + 2; // "1234 AB"
        }
        return shapes == Shapes.ALL ? i + 1 : i;
      }
      if (length == 3 && next && text.isDigits(i + 1) && text.word(i + 1).length() == 2) {
        return shapes == Shapes.ALL ? i + 2 : i; // "123 45"
      }
      if (length == 3 && next && text.isDigits(i + 1) && text.word(i + 1).length() == 3) {
        return shapes == Shapes.ALL ? i + 2 : i; // "110 001" (IN)
      }
      if (length == 6) {
        return shapes == Shapes.ALL ? i + 1 : i; // "010011" (RO), "110001" (IN), "101000" (RU)
      }
      if (length == 7) {
        return shapes == Shapes.ALL ? i + 1 : i; // "6047401" (IL), "2952524" (CL)
      }
      return i;
    }
    if (isDashed(word)) {
      return i + 1;
    }
    if (shapes == Shapes.ALL && isDutchJoined(word) && allCapitals(text, i)) {
      return i + 1; // "9454HE": the Dutch code written without its space
    }
    if (isArgentine(word) && allCapitals(text, i)) {
      return i + 1; // "C1425DKA"
    }
    if (!allCapitals(text, i) || !next || !allCapitals(text, i + 1)) {
      return i;
    }
    String second = text.word(i + 1);
    if (isEircodeRouting(word) && isEircodeUnique(second)) {
      return i + 2; // "D02 X285"
    }
    if (isCanadianHalf(word, true) && isCanadianHalf(second, false)) {
      return i + 2;
    }
    if (isBritishOutward(word) && isBritishInward(second)) {
      return i + 2;
    }
    return i;
  }

  /** The postal code of tokens {@code from} to {@code to} as a ZIP detection, at 0.85. */
  static Detection detection(TokenizedText text, int from, int to) {
    return new Detection(
        EntityKind.ZIP,
        text.start(from),
        text.end(to - 1),
        0.85,
        Pass.LEXICON,
        canonical(text, from, to));
  }

  /** The code from token {@code from} to {@code to}, in capitals without blanks. */
  static String canonical(TokenizedText text, int from, int to) {
    StringBuilder code = new StringBuilder(10);
    for (int t = from; t < to; t++) {
      code.append(text.word(t));
    }
    return code.toString().toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * Token {@code t} is {@code min} to {@code max} digits right after a dash after the one before.
   */
  private static boolean dashedAt(TokenizedText text, int t, int min, int max) {
    return t < text.size()
        && text.isDigits(t)
        && text.word(t).length() >= min
        && text.word(t).length() <= max
        && text.start(t) - text.end(t - 1) == 1
        && text.text().charAt(text.start(t) - 1) == '-';
  }

  /** "1234-567" (PT), "12345-678" (BR), "12-345" (PL). */
  private static boolean isDashed(String word) {
    int dash = word.indexOf('-');
    if (dash < 0 || word.indexOf('-', dash + 1) >= 0) {
      return false;
    }
    for (int c = 0; c < word.length(); c++) {
      if (c != dash && !Character.isDigit(word.charAt(c))) {
        return false;
      }
    }
    int before = dash;
    int after = word.length() - dash - 1;
    return before == 4 && after == 3 || before == 5 && after == 3 || before == 2 && after == 3;
  }

  /** "9454he": four digits, the first not 0, and two letters. */
  private static boolean isDutchJoined(String word) {
    if (word.length() != 6 || word.charAt(0) == '0') {
      return false;
    }
    for (int c = 0; c < 6; c++) {
      if (c < 4 ? !Character.isDigit(word.charAt(c)) : !isAsciiLetter(word.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTwoCapitals(TokenizedText text, int t) {
    String word = text.word(t);
    return word.length() == 2
        && Character.isLetter(word.charAt(0))
        && Character.isLetter(word.charAt(1))
        && allCapitals(text, t);
  }

  private static boolean allCapitals(TokenizedText text, int t) {
    String raw = text.text();
    for (int c = text.start(t); c < text.end(t); c++) {
      if (Character.isLowerCase(raw.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** The Argentine CPA: a province letter, four digits, three letters ("c1425dka"). */
  private static boolean isArgentine(String word) {
    if (word.length() != 8 || !isAsciiLetter(word.charAt(0))) {
      return false;
    }
    for (int c = 1; c < 8; c++) {
      if (c <= 4 ? !Character.isDigit(word.charAt(c)) : !isAsciiLetter(word.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** An Eircode's routing key: a letter and two digits ("d02", "t12"), or "d6w". */
  private static boolean isEircodeRouting(String word) {
    return word.length() == 3
        && isAsciiLetter(word.charAt(0))
        && Character.isDigit(word.charAt(1))
        && (Character.isDigit(word.charAt(2)) || word.equals("d6w"));
  }

  /** An Eircode's unique part: four letters and digits, at least one of each ("x285", "w56y"). */
  private static boolean isEircodeUnique(String word) {
    if (word.length() != 4) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    for (int c = 0; c < 4; c++) {
      char ch = word.charAt(c);
      letter |= isAsciiLetter(ch);
      digit |= Character.isDigit(ch);
      if (!isAsciiLetter(ch) && !Character.isDigit(ch)) {
        return false;
      }
    }
    return letter && digit;
  }

  private static boolean isAsciiLetter(char ch) {
    return ch >= 'a' && ch <= 'z';
  }

  /** "a1a" then "1a1". */
  private static boolean isCanadianHalf(String word, boolean first) {
    if (word.length() != 3) {
      return false;
    }
    for (int c = 0; c < 3; c++) {
      boolean letter = (c % 2 == 0) == first;
      char ch = word.charAt(c);
      if (letter ? !(ch >= 'a' && ch <= 'z') : !(ch >= '0' && ch <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** "sw1a", "m1", "b33", "ec10": one or two letters, a digit, then a digit or a letter. */
  private static boolean isBritishOutward(String word) {
    int length = word.length();
    int letters = 0;
    while (letters < length
        && letters < 2
        && word.charAt(letters) >= 'a'
        && word.charAt(letters) <= 'z') {
      letters++;
    }
    if (letters == 0 || letters == length || !Character.isDigit(word.charAt(letters))) {
      return false;
    }
    int rest = length - letters - 1;
    return rest == 0
        || rest == 1
            && (Character.isDigit(word.charAt(length - 1))
                || Character.isLetter(word.charAt(length - 1)));
  }

  /** "1aa": a digit and two letters. */
  private static boolean isBritishInward(String word) {
    return word.length() == 3
        && Character.isDigit(word.charAt(0))
        && Character.isLetter(word.charAt(1))
        && Character.isLetter(word.charAt(2));
  }
}
