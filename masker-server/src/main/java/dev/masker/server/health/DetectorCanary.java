package dev.masker.server.health;

import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the detector works: it must find the invented name and phone number of a fixed sentence.
 * Detection only — no key, no vault.
 */
final class DetectorCanary {
  private static final String SENTENCE = "This is Maria Lopez, call me at four one five 555 2671";
  private static final Set<EntityKind> EXPECTED = Set.of(EntityKind.NAME, EntityKind.PHONE);
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  private DetectorCanary() {}

  static boolean finds() {
    try {
      var kinds = MASKER.detect(SENTENCE).stream().map(d -> d.kind()).collect(Collectors.toSet());
      return kinds.containsAll(EXPECTED);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
