package dev.masker.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * The typical turn of {@link MaskingBenchmark}, masked and detected in batches and timed by the CPU
 * time of the thread (the median of the batches after a warm-up) instead of the wall clock: on a
 * machine shared with other builds the wall clock also counts the time others take, the thread's
 * CPU time does not. Prints the median and the quartiles per turn.
 *
 * <pre>
 * java -cp masker-benchmarks/target/masker-benchmarks.jar dev.masker.benchmarks.TypicalTurnCpuTime
 * </pre>
 */
public final class TypicalTurnCpuTime {
  private static final int BATCHES = 150;
  private static final int TURNS = 200;

  private TypicalTurnCpuTime() {}

  public static void main(String[] args) {
    var bench = new MaskingBenchmark();
    bench.setUp();
    var threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 40 * TURNS; i++) {
      bench.maskTypicalTurn();
      bench.detectTypicalTurn();
    }
    var mask = new long[BATCHES];
    var detect = new long[BATCHES];
    for (int b = 0; b < BATCHES; b++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < TURNS; i++) {
        bench.maskTypicalTurn();
      }
      long masked = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < TURNS; i++) {
        bench.detectTypicalTurn();
      }
      long detected = threads.getCurrentThreadCpuTime();
      mask[b] = (masked - start) / TURNS;
      detect[b] = (detected - masked) / TURNS;
    }
    System.out.println("mask a typical turn:   " + quartiles(mask));
    System.out.println("detect a typical turn: " + quartiles(detect));
  }

  private static String quartiles(long[] nanos) {
    Arrays.sort(nanos);
    return String.format(
        java.util.Locale.ROOT,
        "median %.1f µs (quartiles %.1f, %.1f)",
        nanos[nanos.length / 2] / 1000.0,
        nanos[nanos.length / 4] / 1000.0,
        nanos[3 * nanos.length / 4] / 1000.0);
  }
}
