package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.CpuTime;
import dev.masker.domain.masking.Recognizer;
import java.util.List;
import java.util.function.IntFunction;

/** Asserts that a recognizer takes time linear in its input over pathological texts. */
final class LinearTime {
  private LinearTime() {}

  /** For each input shape: 100 KB well under 500 ms and not much more than 10x the 10 KB time. */
  static void assertLinear(Recognizer recognizer, List<IntFunction<String>> inputs) {
    for (int k = 0; k < inputs.size(); k++) {
      var small = inputs.get(k).apply(10_000);
      var large = inputs.get(k).apply(100_000);
      for (int warm = 0; warm < 3; warm++) {
        recognizer.find(small);
        recognizer.find(large);
      }

      long smallNanos = bestOf(recognizer, small);
      long largeNanos = bestOf(recognizer, large);

      var which = "input #" + k + " " + smallNanos + "ns vs " + largeNanos + "ns";
      assertThat(largeNanos / 1_000_000).as(which).isLessThan(500);
      // Linear growth is 10x; allow noise, reject quadratic (100x).
      assertThat(largeNanos).as(which).isLessThan(Math.max(smallNanos, 1_000_000L) * 40);
    }
  }

  private static long bestOf(Recognizer recognizer, String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = CpuTime.nanos();
      recognizer.find(text);
      best = Math.min(best, CpuTime.nanos() - start);
    }
    return best;
  }
}
