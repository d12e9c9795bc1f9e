package dev.masker.domain.masking;

import dev.masker.domain.masking.text.BrailleRuns;
import java.util.List;
import java.util.function.Function;

/**
 * The values a text holds in Braille ({@link BrailleRuns}): the text is read with its Braille in
 * Latin letters, in place, with what is around each run as its context ("name in braille" before
 * it), and each run a value found there reaches becomes one detection over the run and the value.
 * Used by detection and by the known-value search (ADR 28).
 */
public final class BrailleValues {
  private BrailleValues() {}

  /** One detection over each run of {@code text} the text as shown holds a value in. */
  public static List<Detection> detections(String text, Function<String, List<Detection>> detect) {
    if (!BrailleRuns.mayHold(text)) {
      return List.of();
    }
    var runs = BrailleRuns.of(text);
    if (runs.isEmpty()) {
      return List.of();
    }
    return OverriddenValues.reaching(text, runs, detect.apply(BrailleRuns.shown(text, runs)));
  }
}
