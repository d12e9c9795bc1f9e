package dev.masker.domain.masking;

import dev.masker.domain.masking.text.Base64Runs;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The values a text holds in base64 ({@link Base64Runs}): each run whose decoded text holds a value
 * becomes one detection over the whole run, so the model can decode nothing of it. Used by
 * detection (a value found in the decoded text) and by the known-value search (a value the session
 * revealed, encoded later).
 */
public final class Base64Values {
  private Base64Values() {}

  /**
   * One detection over each run of {@code text} whose decoded text {@code detect} finds a value in,
   * of the kind of the first value found there.
   */
  public static List<Detection> detections(String text, Function<String, List<Detection>> detect) {
    if (!Base64Runs.mayHold(text)) {
      return List.of();
    }
    var found = new ArrayList<Detection>();
    for (var run : Base64Runs.of(text)) {
      var inside = detect.apply(run.decoded());
      if (!inside.isEmpty()) {
        found.add(wholeRun(text, run.start(), run.end(), inside));
      }
    }
    return found;
  }

  /**
   * One detection over the run {@code start}..{@code end} of {@code text}, whose decoded text holds
   * {@code inside}: of the kind of the first value found there, as confident as the most confident.
   */
  static Detection wholeRun(String text, int start, int end, List<Detection> inside) {
    var first = inside.get(0);
    double confidence = 0;
    for (var d : inside) {
      if (d.start() < first.start()) {
        first = d;
      }
      confidence = Math.max(confidence, d.confidence());
    }
    return new Detection(
        first.kind(), start, end, confidence, first.pass(), text.substring(start, end));
  }
}
