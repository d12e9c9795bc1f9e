package dev.masker.domain.masking.regex;

/**
 * DEA registration numbers: a registrant-type letter, a second letter (the registrant's surname
 * initial, or 9 for business names) and seven digits, the last being (d1 + d3 + d5 + 2 × (d2 + d4 +
 * d6)) mod 10.
 */
public final class Dea {
  private static final String REGISTRANT_TYPES = "ABCDEFGHJKLMPRSTUX";

  private Dea() {}

  /** Whether this upper-case nine-character string is a valid DEA number. */
  public static boolean isValid(CharSequence value) {
    if (value.length() != 9) {
      return false;
    }
    if (REGISTRANT_TYPES.indexOf(value.charAt(0)) < 0) {
      return false;
    }
    char second = value.charAt(1);
    if (!((second >= 'A' && second <= 'Z') || second == '9')) {
      return false;
    }
    int[] d = new int[7];
    for (int i = 0; i < 7; i++) {
      char c = value.charAt(i + 2);
      if (c < '0' || c > '9') {
        return false;
      }
      d[i] = c - '0';
    }
    int sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
    return sum % 10 == d[6];
  }
}
