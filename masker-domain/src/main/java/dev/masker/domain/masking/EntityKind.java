package dev.masker.domain.masking;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of identifier Masker detects (SPEC §10), each with the HIPAA Safe Harbor category it
 * covers and a specificity: when two detections of equal confidence and length overlap, the more
 * specific kind wins (a FAX is a more specific PHONE, a DOB a more specific DATE).
 */
public enum EntityKind {
  NAME('A', 1),
  ADDRESS('B', 2),
  LOCATION('B', 1),
  ZIP('B', 2),
  DATE('C', 1),
  DOB('C', 3),
  AGE('C', 2),
  PHONE('D', 1),
  FAX('E', 3),
  EMAIL('F', 3),
  SSN('G', 3),
  MRN('H', 3),
  HEALTH_PLAN_ID('I', 3),
  ACCOUNT('J', 1),
  CREDIT_CARD('J', 3),
  IBAN('J', 3),
  LICENSE('K', 2),
  VEHICLE_ID('L', 3),
  DEVICE_ID('M', 2),
  URL('N', 2),
  IP_ADDRESS('O', 3),
  OTHER_ID('R', 0);

  private final char safeHarbor;
  private final int specificity;

  EntityKind(char safeHarbor, int specificity) {
    this.safeHarbor = safeHarbor;
    this.specificity = specificity;
  }

  /** The Safe Harbor category letter, A to R. */
  public char safeHarbor() {
    return safeHarbor;
  }

  /** Higher is more specific. */
  public int specificity() {
    return specificity;
  }

  /** The kind of that upper-case name ({@code PHONE}), if there is one. */
  public static Optional<EntityKind> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
