package dev.masker.domain.masking.text;

/**
 * Letters typed for the digits they look like inside a number, and digits for letters inside a
 * word: "555-867-0l34", "l23-45-6789", "482I3377"; "0kafor", "Quarrenda1e". In a run of letters and
 * digits that holds nothing but digits and the letters "l", "I", "O" and "o", with at least twice
 * as many digits as such letters, those letters are the digits 1 and 0; in a word of four letters
 * or more with one or two zeros or ones inside or before its letters, those digits are the letters
 * O and I at its start, o and l inside. One char for one char. A word ("lo", "IO"), a unit
 * ("20lb"), a code with other letters or digits ("CO2", "b12", "covid19") and a number after a word
 * ("windows10") are left alone.
 */
final class LookalikeCharacters {
  private LookalikeCharacters() {}

  static String read(String text) {
    char[] out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int digits = 0;
      int lookalikes = 0;
      boolean other = false;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        char c = text.charAt(i);
        if (FoldedText.isAsciiDigit(c)) {
          digits++;
        } else if (digit(c) >= 0) {
          lookalikes++;
        } else {
          other = true;
        }
        i++;
      }
      if (!other && lookalikes > 0 && digits >= 2 && digits >= 2 * lookalikes) {
        if (out == null) {
          out = text.toCharArray();
        }
        for (int k = start; k < i; k++) {
          int d = digit(text.charAt(k));
          if (d >= 0) {
            out[k] = (char) ('0' + d);
          }
        }
      } else if (nameWithDigits(text, start, i)) {
        if (out == null) {
          out = text.toCharArray();
        }
        for (int k = start; k < i; k++) {
          char c = text.charAt(k);
          if (c == '0' || c == '1') {
            boolean first = k == start;
            out[k] = c == '0' ? (first ? 'O' : 'o') : (first ? 'I' : 'l');
          }
        }
      }
    }
    ScanSteps.record(n);
    return out == null ? text : new String(out);
  }

  /**
   * A word of four letters or more with one or two zeros or ones in it, no other digit, and not
   * only at its end: "0kafor", "Quarrenda1e" (not "windows10", "1st", "b12", "covid19").
   */
  private static boolean nameWithDigits(String text, int start, int end) {
    int letters = 0;
    int digits = 0;
    int lastLetter = -1;
    int firstDigit = -1;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '0' || c == '1') {
        digits++;
        firstDigit = firstDigit < 0 ? k : firstDigit;
      } else if (Character.isLetter(c)) {
        letters++;
        lastLetter = k;
      } else {
        return false;
      }
    }
    return digits > 0 && digits <= 2 && letters >= 4 && firstDigit < lastLetter;
  }

  private static int digit(char c) {
    return switch (c) {
      case 'l', 'I' -> 1;
      case 'O', 'o' -> 0;
      default -> -1;
    };
  }
}
