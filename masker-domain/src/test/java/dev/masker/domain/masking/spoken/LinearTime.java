package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.LinearWork;
import dev.masker.domain.masking.Recognizer;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Asserts that a recognizer's work is linear in its input over pathological texts, counted in steps
 * ({@link LinearWork}), never timed.
 */
final class LinearTime {
  private LinearTime() {}

  /** For each input shape: 100 KB takes about ten times the steps of 10 KB, not a hundred. */
  static void assertLinear(Recognizer recognizer, List<IntFunction<String>> inputs) {
    for (int k = 0; k < inputs.size(); k++) {
      LinearWork.assertLinear(
          recognizer + " input #" + k,
          inputs.get(k).apply(10_000),
          inputs.get(k).apply(100_000),
          recognizer::find);
    }
  }
}
