package dev.masker.domain.chat;

import java.math.BigDecimal;

/**
 * A JSON number written with a fraction of zeros or an exponent that is a whole number
 * ("2085550139.0", "6.4820375E7"): a model reads the whole number, a phone or a record number, but
 * detection reads the digits as written, split by the point or ending in the exponent (ADR 28).
 * Read as the whole number's digits, only to learn from; what is learned is then masked where it is
 * by the known-value search.
 */
final class WholeNumbers {
  /** Whole numbers with more digits than this are no identifier. */
  private static final int MAX_DIGITS = 20;

  private WholeNumbers() {}

  /** The digits of {@code number} when it is a whole number written otherwise, else null. */
  static String of(String number) {
    if (number.indexOf('.') < 0 && number.indexOf('e') < 0 && number.indexOf('E') < 0) {
      return null;
    }
    try {
      var value = new BigDecimal(number).stripTrailingZeros();
      if (value.scale() > 0 || value.precision() - value.scale() > MAX_DIGITS) {
        return null;
      }
      return value.toBigIntegerExact().abs().toString();
    } catch (NumberFormatException | ArithmeticException notWhole) {
      return null;
    }
  }
}
