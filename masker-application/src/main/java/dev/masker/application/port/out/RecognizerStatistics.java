package dev.masker.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model-based recognizer did since start, the figures of the {@code masker_ner_*} metrics:
 * never a text or a value.
 *
 * @param calls requests sent to a recognizer service
 * @param unavailable calls that gave no usable answer, by cause (one of {@link #CAUSES})
 * @param droppedSpans spans of usable answers that failed validation and were left out
 * @param skipped texts masked by the built-in passes alone because the recognizer could not answer
 *     and the policy said {@code regex_only}
 */
public record RecognizerStatistics(
    long calls, Map<String, Long> unavailable, long droppedSpans, long skipped) {
  /** Why a call gave no usable answer: a fixed set, so it may be a metric label. */
  public static final List<String> CAUSES =
      List.of("timeout", "unreachable", "status", "malformed");

  public static final RecognizerStatistics NONE = new RecognizerStatistics(0, Map.of(), 0, 0);

  public RecognizerStatistics {
    unavailable = Map.copyOf(Objects.requireNonNull(unavailable, "unavailable"));
    if (!CAUSES.containsAll(unavailable.keySet())) {
      throw new IllegalArgumentException("an unknown cause");
    }
    if (calls < 0 || droppedSpans < 0 || skipped < 0) {
      throw new IllegalArgumentException("recognizer statistics are never negative");
    }
  }

  /** The calls that failed for that cause. */
  public long unavailable(String cause) {
    return unavailable.getOrDefault(cause, 0L);
  }
}
