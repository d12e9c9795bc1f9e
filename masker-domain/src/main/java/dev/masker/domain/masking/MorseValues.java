package dev.masker.domain.masking;

import dev.masker.domain.masking.text.MorseRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The values a text holds in Morse code ({@link MorseRuns}): each run whose decoded text holds a
 * value becomes one detection over the whole run, as a run of hex does ({@link HexValues}); the run
 * is read after the words before it, which may be its cue. Used by detection and by the known-value
 * search (ADR 28).
 */
public final class MorseValues {
  /** How many chars before a run are read with it, as its cue. */
  private static final int CONTEXT = 40;

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
      // read after the words before the run, its cue ("MRN -.... ....- …")
      int from = run.start() - CONTEXT;
      while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
        from--;
      }
      var before = text.substring(Math.max(0, from), run.start());
      var inside = new ArrayList<Detection>();
      for (var d : detect.apply(before + run.decoded())) {
        if (d.end() > before.length()) {
          inside.add(d);
        }
      }
      if (!inside.isEmpty()) {
        found.add(Base64Values.wholeRun(text, run.start(), run.end(), inside));
      }
    }
    return found;
  }
}
