package dev.masker.domain.masking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the detections of every pass into a set of non-overlapping spans (SPEC §10): where two
 * overlap, the higher confidence wins, then the longer span, then the more specific kind, then the
 * earlier start. Runs in O(n log n) for n detections.
 */
public final class SpanResolver {
  private static final Comparator<Detection> PRECEDENCE =
      Comparator.comparingDouble(Detection::confidence)
          .reversed()
          .thenComparing(Comparator.comparingInt(Detection::length).reversed())
          .thenComparing(
              Comparator.comparingInt((Detection d) -> d.kind().specificity()).reversed())
          .thenComparingInt(Detection::start)
          .thenComparing(d -> d.pass().ordinal());

  private SpanResolver() {}

  /** The winners, ordered by position. */
  public static List<Detection> resolve(List<Detection> detections) {
    if (detections.size() <= 1) {
      return List.copyOf(detections);
    }
    var candidates = new ArrayList<>(detections);
    candidates.sort(PRECEDENCE);
    // Accepted spans by start; they never overlap, so the neighbours decide any overlap.
    var accepted = new TreeMap<Integer, Detection>();
    for (var candidate : candidates) {
      if (!overlapsAny(accepted, candidate)) {
        accepted.put(candidate.start(), candidate);
      }
    }
    return List.copyOf(accepted.values());
  }

  private static boolean overlapsAny(TreeMap<Integer, Detection> accepted, Detection candidate) {
    Map.Entry<Integer, Detection> before = accepted.floorEntry(candidate.start());
    if (before != null && before.getValue().overlaps(candidate)) {
      return true;
    }
    Map.Entry<Integer, Detection> after = accepted.ceilingEntry(candidate.start());
    return after != null && after.getValue().overlaps(candidate);
  }
}
