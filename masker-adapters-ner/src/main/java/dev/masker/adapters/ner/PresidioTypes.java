package dev.masker.adapters.ner;

import dev.masker.domain.masking.EntityKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Presidio's entity types as Masker kinds (the table of docs/ner.md). Types not listed, a team's
 * own recognizers among them, become {@code OTHER_ID}: what Presidio thinks identifying is masked.
 * The types in {@link #IGNORED} are not identifiers of a person under Safe Harbor and are left
 * alone.
 */
final class PresidioTypes {
  static final Map<String, EntityKind> KINDS =
      Map.ofEntries(
          Map.entry("PERSON", EntityKind.NAME),
          Map.entry("LOCATION", EntityKind.LOCATION),
          Map.entry("DATE_TIME", EntityKind.DATE),
          Map.entry("PHONE_NUMBER", EntityKind.PHONE),
          Map.entry("EMAIL_ADDRESS", EntityKind.EMAIL),
          Map.entry("URL", EntityKind.URL),
          Map.entry("IP_ADDRESS", EntityKind.IP_ADDRESS),
          Map.entry("CREDIT_CARD", EntityKind.CREDIT_CARD),
          Map.entry("IBAN_CODE", EntityKind.IBAN),
          Map.entry("CRYPTO", EntityKind.ACCOUNT),
          Map.entry("US_BANK_NUMBER", EntityKind.ACCOUNT),
          Map.entry("US_SSN", EntityKind.SSN),
          Map.entry("US_ITIN", EntityKind.SSN),
          Map.entry("US_DRIVER_LICENSE", EntityKind.LICENSE),
          Map.entry("MEDICAL_LICENSE", EntityKind.LICENSE),
          Map.entry("US_PASSPORT", EntityKind.OTHER_ID),
          Map.entry("UK_NHS", EntityKind.HEALTH_PLAN_ID));

  /** Nationalities, religious or political groups: no person's identifier. */
  static final Set<String> IGNORED = Set.of("NRP");

  private PresidioTypes() {}

  /** The kind of a Presidio type; empty for an ignored one. */
  static Optional<EntityKind> kind(String type) {
    if (IGNORED.contains(type)) {
      return Optional.empty();
    }
    return Optional.of(KINDS.getOrDefault(type, EntityKind.OTHER_ID));
  }
}
