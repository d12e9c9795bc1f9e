package dev.masker.domain.masking;

import dev.masker.domain.masking.text.DecodedRun;
import dev.masker.domain.masking.text.OverriddenRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The values a text holds where a right-to-left override shows them reversed ({@link
 * OverriddenRuns}): the text is read as shown, with what is around each run as its context ("DOB"
 * before a reversed date), and each run a value found there reaches becomes one detection over the
 * run and the value. Used by detection and by the known-value search (ADR 28).
 */
public final class OverriddenValues {
  private OverriddenValues() {}

  /** One detection over each run of {@code text} the text as shown holds a value in. */
  public static List<Detection> detections(String text, Function<String, List<Detection>> detect) {
    if (!OverriddenRuns.mayHold(text)) {
      return List.of();
    }
    var runs = OverriddenRuns.of(text);
    return reaching(text, runs, detect.apply(OverriddenRuns.shown(text, runs)));
  }

  /**
   * One detection over each of {@code runs} of {@code text} that a value {@code inside} (found in
   * the text as shown, whose offsets are the text's) reaches, covering the run and the values.
   */
  static List<Detection> reaching(String text, List<DecodedRun> runs, List<Detection> inside) {
    var found = new ArrayList<Detection>();
    for (var run : runs) {
      var reaching = new ArrayList<Detection>();
      int start = run.start();
      int end = run.end();
      for (var d : inside) {
        if (d.start() < run.end() && d.end() > run.start()) {
          reaching.add(d);
          start = Math.min(start, d.start());
          end = Math.max(end, d.end());
        }
      }
      if (!reaching.isEmpty()) {
        found.add(Base64Values.wholeRun(text, start, end, reaching));
      }
    }
    return found;
  }
}
