package dev.masker.domain.masking.text;

/**
 * Letters typed for the digits they look like inside a number: "555-867-0l34", "l23-45-6789",
 * "482I3377". In a run of letters and digits that holds nothing but digits and the letters "l",
 * "I", "O" and "o", with at least twice as many digits as such letters, those letters are the
 * digits 1 and 0, one char for one char. A word ("lo", "IO"), a unit ("20lb") or a code with other
 * letters ("CO2", "b12") is left alone.
 */
final class DigitLookalikes {
  private DigitLookalikes() {}

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
      }
    }
    ScanSteps.record(n);
    return out == null ? text : new String(out);
  }

  private static int digit(char c) {
    return switch (c) {
      case 'l', 'I' -> 1;
      case 'O', 'o' -> 0;
      default -> -1;
    };
  }
}
