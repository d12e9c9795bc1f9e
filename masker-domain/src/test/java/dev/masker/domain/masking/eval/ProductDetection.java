package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the product masks in a message's text: {@link Masker#detect(String)} under the healthcare
 * policy, which reads a text's structure too (JSON members, table columns, XML elements and HL7
 * fields labelled by their names) on top of the detector's passes, and every recurrence in the same
 * text of a value found there ({@link Masker#withRecurrences}), as {@link Masker#mask(String,
 * String)} masks it in a session of its own. The corpora are scored on it, not on the bare
 * detector, so a score is what a caller gets.
 */
final class ProductDetection {
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  private static final AtomicLong SESSIONS = new AtomicLong();

  private ProductDetection() {}

  static List<Detection> detect(String text) {
    var detections = MASKER.detect(text);
    if (detections.isEmpty()) {
      return detections;
    }
    var known = MASKER.knownValues("evaluation-" + SESSIONS.incrementAndGet());
    MASKER.learn(known, text, detections);
    return MASKER.withRecurrences(known, text, detections);
  }
}
