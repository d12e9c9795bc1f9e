package dev.masker.domain.masking;

import dev.masker.domain.masking.text.MorseRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The values a text holds in Morse code ({@link MorseRuns}): each run whose decoded text holds a
 * value becomes one detection over the whole run, as a run of hex does ({@link HexValues}). Used by
 * detection and by the known-value search (ADR 28).
 */
public final class MorseValues {
  private MorseValues() {}

  /**
   * One detection over each run of {@code text} whose decoded text {@code detect} finds a value in.
   */
  public static List<Detection> detections(String text, Function<String, List<Detection>> detect) {
    if (!MorseRuns.mayHold(text)) {
      return List.of();
    }
    var found = new ArrayList<Detection>();
    for (var run : MorseRuns.of(text)) {
      var inside = detect.apply(run.decoded());
      if (!inside.isEmpty()) {
        found.add(Base64Values.wholeRun(text, run.start(), run.end(), inside));
      }
    }
    return found;
  }
}
