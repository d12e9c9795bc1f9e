package dev.masker.domain.masking.regex;

/**
 * The Medicare Beneficiary Identifier (CMS, since 2018): 11 characters, position 1 a digit 1–9,
 * positions 2, 5, 8, 9 letters, positions 4, 7, 10, 11 digits, positions 3 and 6 a letter or a
 * digit; letters never S, L, O, I, B or Z.
 */
public final class MedicareBeneficiaryIdentifier {
  private static final String LETTERS = "ACDEFGHJKMNPQRTUVWXY";
  // n = 1-9, N = 0-9, A = letter, X = letter or digit
  private static final String SHAPE = "nAXNAXNAANN";

  private MedicareBeneficiaryIdentifier() {}

  /** Whether this compact upper-case string (no dashes) is shaped like an MBI. */
  public static boolean isValid(CharSequence compact) {
    if (compact.length() != 11) {
      return false;
    }
    for (int i = 0; i < 11; i++) {
      char c = compact.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean letter = LETTERS.indexOf(c) >= 0;
      boolean ok;
      switch (SHAPE.charAt(i)) {
        case 'n':
          ok = digit && c != '0';
          break;
        case 'N':
          ok = digit;
          break;
        case 'A':
          ok = letter;
          break;
        default:
          ok = digit || letter;
          break;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
