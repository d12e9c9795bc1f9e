package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import java.util.List;

/**
 * What the product detects in a message's text: {@link Masker#detect(String)} under the healthcare
 * policy, which reads a text's structure too (JSON members, table columns, XML elements and HL7
 * fields labelled by their names) on top of the detector's passes. The corpora are scored on it,
 * not on the bare detector, so a score is what a caller gets.
 */
final class ProductDetection {
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  private ProductDetection() {}

  static List<Detection> detect(String text) {
    return MASKER.detect(text);
  }
}
