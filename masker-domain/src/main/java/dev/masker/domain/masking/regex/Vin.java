package dev.masker.domain.masking.regex;

/**
 * Vehicle identification numbers (ISO 3779): 17 characters without I, O and Q, and the
 * North-American check digit in position 9 (letters transliterated to numbers, weighted sum modulo
 * 11, 10 written as X).
 */
public final class Vin {
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  private Vin() {}

  /** Whether this upper-case string has the shape of a VIN (17 allowed characters). */
  public static boolean hasShape(CharSequence value) {
    if (value.length() != 17) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (transliterate(value.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether this upper-case VIN has a correct check digit. */
  public static boolean isValid(CharSequence value) {
    if (!hasShape(value)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += transliterate(value.charAt(i)) * WEIGHTS[i];
    }
    int check = sum % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    return value.charAt(8) == expected;
  }

  /** The number a VIN character stands for, or -1 for a character a VIN never has. */
  private static int transliterate(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    switch (c) {
      case 'A':
      case 'J':
        return 1;
      case 'B':
      case 'K':
      case 'S':
        return 2;
      case 'C':
      case 'L':
      case 'T':
        return 3;
      case 'D':
      case 'M':
      case 'U':
        return 4;
      case 'E':
      case 'N':
      case 'V':
        return 5;
      case 'F':
      case 'W':
        return 6;
      case 'G':
      case 'P':
      case 'X':
        return 7;
      case 'H':
      case 'Y':
        return 8;
      case 'R':
      case 'Z':
        return 9;
      default:
        return -1;
    }
  }
}
