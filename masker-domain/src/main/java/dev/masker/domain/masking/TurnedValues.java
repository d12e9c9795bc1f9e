package dev.masker.domain.masking;

import dev.masker.domain.masking.text.TurnedRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The values a text holds written upside down ({@link TurnedRuns}): each run whose upright reading
 * holds a value becomes one detection over the whole run, as a base64 run does ({@link
 * Base64Values}). Used by detection and by the known-value search.
 */
public final class TurnedValues {
  private TurnedValues() {}

  /**
   * One detection over each run of {@code text} whose upright text {@code detect} finds a value in.
   */
  public static List<Detection> detections(String text, Function<String, List<Detection>> detect) {
    if (!TurnedRuns.mayHold(text)) {
      return List.of();
    }
    var found = new ArrayList<Detection>();
    for (var run : TurnedRuns.of(text)) {
      var inside = detect.apply(run.upright());
      if (!inside.isEmpty()) {
        found.add(Base64Values.wholeRun(text, run.start(), run.end(), inside));
      }
    }
    return found;
  }
}
