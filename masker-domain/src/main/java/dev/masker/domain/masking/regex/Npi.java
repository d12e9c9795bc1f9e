package dev.masker.domain.masking.regex;

/**
 * US National Provider Identifiers: ten digits starting with 1 or 2 whose last digit is the Luhn
 * check digit computed with the card-issuer prefix 80840 in front (CMS standard).
 */
public final class Npi {
  private Npi() {}

  /** Whether these ten digits are a valid NPI. */
  public static boolean isValid(CharSequence tenDigits) {
    if (tenDigits.length() != 10) {
      return false;
    }
    char first = tenDigits.charAt(0);
    if (first != '1' && first != '2') {
      return false;
    }
    return Luhn.isValid(new StringBuilder(15).append("80840").append(tenDigits));
  }
}
