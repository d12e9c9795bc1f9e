package dev.masker.domain.masking;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the calling thread, for tests that compare the work of two input sizes: unlike
 * the wall clock it does not count the time other processes of a busy machine take from the test.
 * Falls back to the wall clock where the JVM cannot measure thread CPU time.
 */
public final class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

  private CpuTime() {}

  /** Nanoseconds of CPU the current thread has used so far (a difference is what counts). */
  public static long nanos() {
    return SUPPORTED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** The least CPU time of {@code times} runs of {@code work}, in nanoseconds. */
  public static long bestOf(int times, Runnable work) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < times; i++) {
      long start = nanos();
      work.run();
      best = Math.min(best, nanos() - start);
    }
    return best;
  }
}
