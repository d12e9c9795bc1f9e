package dev.masker.domain.masking.regex;

import java.util.function.BooleanSupplier;

/**
 * The rule "a cue beats a validator" (SPEC §6): right after an explicit cue for a kind ("my ssn is
 * …", "card number …", "date of birth …", "call me at …"), a value of that kind's shape is masked
 * even when its check digits or range test fail — a caller who names the value knows better than a
 * checksum, and a typo or a made-up value is still the caller's to protect. The validator only
 * raises confidence: a value it accepts gets the recognizer's usual confidence, one it rejects gets
 * {@link #CONFIDENCE} (never more than the valid form would get), and without a cue a rejected
 * value is still not reported as that kind, so everyday numbers stay unmasked.
 *
 * <p>"Right after" is at most {@link #WORDS} words (written forms) or {@link #TOKENS} tokens
 * (spoken forms) between the end of the cue and the value. Every recognizer with a validator or a
 * range test applies this one rule: SSN (issued ranges), credit cards (Luhn), IBAN (mod 97), NPI
 * (Luhn), DEA (check digit), VIN (check digit), IMEI (Luhn), NANP phone and fax numbers (area and
 * exchange ranges), dates and dates of birth (the calendar), IPv4 (octet ranges).
 */
public final class CueOverValidator {
  /**
   * The confidence of a cued value its validator rejects: above every default threshold of the
   * built-in policy (0.5–0.6) and below a validated value's (0.85–0.97).
   */
  public static final double CONFIDENCE = 0.8;

  /** The most words between a cue's end and a value it vouches for, in written text. */
  public static final int WORDS = 4;

  /** The most tokens between a cue's last token and a spoken value it vouches for. */
  public static final int TOKENS = 4;

  /** Returned by {@link #confidence} for a value that is not reported. */
  public static final double NOT_REPORTED = -1;

  private CueOverValidator() {}

  /**
   * The confidence of a value of the kind's shape: {@code validConfidence} when the validator
   * accepts it, at most {@link #CONFIDENCE} when it does not but a cue for the kind is right before
   * it, otherwise {@link #NOT_REPORTED}. The cue is looked for only when the validator rejects the
   * value.
   */
  public static double confidence(
      boolean valid, BooleanSupplier cuedRightBefore, double validConfidence) {
    if (valid) {
      return validConfidence;
    }
    return cuedRightBefore.getAsBoolean() ? Math.min(CONFIDENCE, validConfidence) : NOT_REPORTED;
  }

  /**
   * Whether a spoken cue whose last token is {@code cueLastToken} is right before {@code first}.
   */
  public static boolean rightBefore(int cueLastToken, int first) {
    return cueLastToken >= 0 && first - cueLastToken - 1 <= TOKENS;
  }
}
