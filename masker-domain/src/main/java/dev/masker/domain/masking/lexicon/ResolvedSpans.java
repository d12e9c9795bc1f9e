package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Locale;

/** What the readers after resolution ask of the spans already found, and the places they add. */
final class ResolvedSpans {
  private ResolvedSpans() {}

  /** Whether a resolved detection overlaps {@code [start, end)}. */
  static boolean overlap(List<Detection> resolved, int start, int end) {
    for (Detection d : resolved) {
      if (d.start() < end && start < d.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a resolved detection overlaps a place at {@code [start, end)}, other than a name inside
   * it: "in new harlow" read as the name "harlow" is the town "new harlow".
   */
  static boolean overlapPlace(List<Detection> resolved, int start, int end) {
    for (Detection d : resolved) {
      boolean nameInside = d.kind() == EntityKind.NAME && d.start() >= start && d.end() <= end;
      if (d.start() < end && start < d.end() && !nameInside) {
        return true;
      }
    }
    return false;
  }

  static Detection location(String text, int start, int end, double confidence) {
    return new Detection(
        EntityKind.LOCATION,
        start,
        end,
        confidence,
        Pass.LEXICON,
        text.substring(start, end).toLowerCase(Locale.ROOT));
  }
}
