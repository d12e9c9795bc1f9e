package dev.masker.domain.chat;

/**
 * A text with the digits written for letters inside words read as those letters: "my name is Gr3ta
 * Wh1tc0mb3" reads "my name is Greta Whitcombe" — what a model reads at once. Only to learn from:
 * what detection finds there is masked where it is by the known-value search, which reads such
 * words as the names they spell.
 *
 * <p>A word counts when it holds two letters or more and a digit right between two letters
 * ("Gr3ta", "Wh1tc0mb3"); codes whose digits stand together at one end ("XJH447122", "B12", "4b")
 * do not. The digits read are 0 (o), 1 (i), 2 (z), 3 (e), 4 (a), 5 (s), 6 and 9 (g), 7 (t), 8 (b),
 * in the case of the letter before them.
 */
final class DigitsForLetters {
  private static final String LETTERS = "oizeasgtbg";

  private DigitsForLetters() {}

  /** The text read so, or null when no word of it writes digits for letters. */
  static String of(String text) {
    char[] out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int letters = 0;
      boolean inside = false;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
        } else if (isAsciiDigit(c)
            && i > start
            && Character.isLetter(text.charAt(i - 1))
            && i + 1 < n
            && Character.isLetterOrDigit(text.charAt(i + 1))
            && letterFollows(text, i + 1)) {
          inside = true;
        }
        i++;
      }
      if (inside && letters >= 2) {
        if (out == null) {
          out = text.toCharArray();
        }
        for (int k = start; k < i; k++) {
          char c = text.charAt(k);
          if (isAsciiDigit(c)) {
            char letter = LETTERS.charAt(c - '0');
            boolean upper = k > start && Character.isUpperCase(out[k - 1]);
            out[k] = upper ? Character.toUpperCase(letter) : letter;
          }
        }
      }
    }
    return out == null ? null : new String(out);
  }

  /** Whether a letter comes at {@code from} or after the digits that start there. */
  private static boolean letterFollows(String text, int from) {
    int k = from;
    while (k < text.length() && isAsciiDigit(text.charAt(k))) {
      k++;
    }
    return k < text.length() && Character.isLetter(text.charAt(k));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
