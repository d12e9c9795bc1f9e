package dev.masker.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The typical turn of {@link MaskingBenchmark} masked by two or more builds of Masker in one
 * process, batch after batch in turn, each build loaded from its benchmark jar in a class loader of
 * its own, and timed by the thread's CPU time. On a machine shared with other work, two runs one
 * after the other see different loads; batches taken in turn see the same, so the medians compare.
 *
 * <pre>
 * java -cp masker-benchmarks/target/masker-benchmarks.jar \
 *     dev.masker.benchmarks.TypicalTurnSideBySide before.jar after.jar
 * </pre>
 */
public final class TypicalTurnSideBySide {
  private static final int BATCHES = 200;
  private static final int TURNS = 100;

  private TypicalTurnSideBySide() {}

  public static void main(String[] jars) throws Exception {
    if (jars.length < 2) {
      throw new IllegalArgumentException("give two or more benchmark jars");
    }
    var benches = new Object[jars.length];
    var masks = new Method[jars.length];
    for (int j = 0; j < jars.length; j++) {
      var loader =
          new URLClassLoader(
              new URL[] {Path.of(jars[j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      var type = loader.loadClass(MaskingBenchmark.class.getName());
      benches[j] = type.getConstructor().newInstance();
      type.getMethod("setUp").invoke(benches[j]);
      masks[j] = type.getMethod("maskTypicalTurn");
    }
    var threads = ManagementFactory.getThreadMXBean();
    var nanos = new long[jars.length][BATCHES];
    for (int b = -BATCHES; b < BATCHES; b++) { // the first half warms up
      for (int j = 0; j < jars.length; j++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < TURNS; i++) {
          masks[j].invoke(benches[j]);
        }
        if (b >= 0) {
          nanos[j][b] = (threads.getCurrentThreadCpuTime() - start) / TURNS;
        }
      }
    }
    for (int j = 0; j < jars.length; j++) {
      Arrays.sort(nanos[j]);
      System.out.printf(
          Locale.ROOT,
          "%s: mask a typical turn, median %.1f µs (quartiles %.1f, %.1f)%n",
          jars[j],
          nanos[j][BATCHES / 2] / 1000.0,
          nanos[j][BATCHES / 4] / 1000.0,
          nanos[j][3 * BATCHES / 4] / 1000.0);
    }
  }
}
