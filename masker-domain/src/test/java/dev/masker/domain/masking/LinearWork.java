package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.text.ScanSteps;
import java.util.function.Consumer;

/**
 * Shows that work grows in proportion to the input by counting the steps the engine's scans take
 * ({@link ScanSteps}: chars and tokens read, positions tried), not by timing it: a count does not
 * change when the machine is busy. Timings are the JMH benchmarks' (masker-benchmarks).
 */
public final class LinearWork {
  /**
   * How much more work per char the longer input may cost. Linear work costs the same per char
   * (edges aside); work quadratic in the length costs ten times as much per char at ten times the
   * length.
   */
  public static final double MAX_GROWTH_PER_CHAR = 1.5;

  private LinearWork() {}

  /** The steps {@code work} takes on this thread. */
  public static long steps(Runnable work) {
    return ScanSteps.count(work);
  }

  /**
   * Asserts that {@code work} on {@code large} takes at most {@link #MAX_GROWTH_PER_CHAR} times the
   * steps per char it takes on {@code small}, and that it takes some steps at all.
   */
  public static void assertLinear(String what, String small, String large, Consumer<String> work) {
    long smallSteps = steps(() -> work.accept(small));
    long largeSteps = steps(() -> work.accept(large));
    double smallPerChar = (double) smallSteps / small.length();
    double largePerChar = (double) largeSteps / large.length();
    var shown =
        String.format(
            "%s: %,d steps for %,d chars, %,d for %,d chars",
            what, smallSteps, small.length(), largeSteps, large.length());
    assertThat(smallSteps).as(shown).isPositive();
    assertThat(largePerChar).as(shown).isLessThanOrEqualTo(MAX_GROWTH_PER_CHAR * smallPerChar);
  }
}
