package dev.masker.benchmarks;

import dev.masker.domain.masking.text.FoldedText;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What folding costs detection on a typical voice turn of about 200 characters: the usual case,
 * plain text that needs no folding (one scan, no copy), and the same turn written with no-break and
 * zero-width spaces, full-width and Arabic-Indic digits, an en dash, a full-width at sign and a
 * typographic apostrophe (a copy with its offset map). The plain turn is 203 characters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FoldedTextBenchmark {
  static final String PLAIN_TURN =
      "yeah hi, this is maria lopez, I'm calling about my mom's appointment on march third, you"
          + " can reach me at 415 555 2671 or maria.lopez@example.com, her member id is W123456789,"
          + " thanks so much for your help";

  static final String FOLDED_TURN =
      "yeah hi, this is maria\u00a0lopez, I\u2019m calling about my mom\u2019s appointment on march"
          + " third, you can reach me at \uff14\uff11\uff15\u00a0\u0665\u0665\u0665\u200b2671 or"
          + " maria.lopez\uff20example.com, her member id is W123\u2013456\u2013789, thanks so much for your help";

  @Benchmark
  public Object foldPlainTurn() {
    return FoldedText.of(PLAIN_TURN);
  }

  @Benchmark
  public Object foldTurnWithVariants() {
    return FoldedText.of(FOLDED_TURN);
  }
}
