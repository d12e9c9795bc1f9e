package dev.masker.domain.audit;

import java.util.Locale;

/** How far a policy protects one Safe Harbor identifier (see {@link SafeHarborCoverage}). */
public enum Coverage {
  /** Every kind of the identifier is detected and masked. */
  FULL,
  /** Some of its kinds are, or it is open-ended (R): no finite list of kinds covers it. */
  PARTIAL,
  /** None of its kinds is both detected and masked. */
  NONE,
  /** It cannot occur in text (P biometrics, Q photographs). */
  NOT_APPLICABLE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
