package dev.masker.benchmarks;

import dev.masker.domain.masking.Detector;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.Policy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The texts of {@link LargeInputBenchmark}, timed by the CPU time of the thread that detects and
 * masks them (the least of several runs after a warm-up) instead of the wall clock: on a machine
 * shared with other builds the wall clock also counts the time others take from the benchmark, the
 * thread's CPU time does not. Prints one line per text and size.
 *
 * <pre>
 * java -cp masker-benchmarks/target/masker-benchmarks.jar dev.masker.benchmarks.LargeInputCpuTime
 * </pre>
 */
public final class LargeInputCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] INPUTS = {
    "transcript", "digits", "numberWords", "names", "atSigns", "foldedDigits"
  };

  private LargeInputCpuTime() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    var key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) i;
    }
    var detector = Detector.of(Policy.healthcareDefault());
    var masker =
        Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", key).build();
    System.out.println(
        "input         size     detect ms  mask ms  (thread CPU, least of " + runs + ")");
    for (int size : new int[] {100_000, 1_000_000}) {
      for (String input : INPUTS) {
        String text = LargeInputBenchmark.LargeInputs.of(input, size);
        for (int warm = 0; warm < 3; warm++) {
          detector.detect(text);
          masker.mask("bench-large", text);
        }
        double detect = least(runs, () -> detector.detect(text));
        double mask = least(runs, () -> masker.mask("bench-large", text));
        System.out.println(
            String.format(Locale.ROOT, "%-12s %8d %10.1f %8.1f", input, size, detect, mask));
      }
    }
  }

  private static double least(int runs, Supplier<Object> work) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      work.get();
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
    }
    return best / 1e6;
  }
}
