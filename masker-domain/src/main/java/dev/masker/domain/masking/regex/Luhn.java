package dev.masker.domain.masking.regex;

/** The Luhn (mod 10) check used by payment cards, IMEI and NPI numbers. */
public final class Luhn {
  private Luhn() {}

  /** Whether these digits (at least two, nothing else) end in a correct Luhn check digit. */
  public static boolean isValid(CharSequence digits) {
    int length = digits.length();
    if (length < 2) {
      return false;
    }
    int sum = 0;
    boolean doubled = false;
    for (int i = length - 1; i >= 0; i--) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
