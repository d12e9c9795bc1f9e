package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Locale;

/** What the readers after resolution ask of the spans already found, and the places they add. */
public final class ResolvedSpans {
  private ResolvedSpans() {}

  /**
   * Whether a resolved detection overlaps {@code [start, end)}. The resolved spans are ordered and
   * apart, so a binary search finds the first that may: each look is logarithmic.
   */
  public static boolean overlap(List<Detection> resolved, int start, int end) {
    int i = firstEndingAfter(resolved, start);
    return i < resolved.size() && resolved.get(i).start() < end;
  }

  /**
   * Whether a resolved detection overlaps a place at {@code [start, end)}, other than a name inside
   * it: "in new harlow" read as the name "harlow" is the town "new harlow".
   */
  static boolean overlapPlace(List<Detection> resolved, int start, int end) {
    for (int i = firstEndingAfter(resolved, start);
        i < resolved.size() && resolved.get(i).start() < end;
        i++) {
      Detection d = resolved.get(i);
      if (!(d.kind() == EntityKind.NAME && d.start() >= start && d.end() <= end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The confidence a place at {@code [start, end)} needs to win over what it holds: that of the
   * shorter town inside it ("linden" of "in linden hollow"), 0 when it holds none, or -1 when it
   * overlaps anything else than names and towns inside it.
   */
  static double holdingPlace(List<Detection> resolved, int start, int end) {
    double held = 0;
    for (int i = firstEndingAfter(resolved, start);
        i < resolved.size() && resolved.get(i).start() < end;
        i++) {
      Detection d = resolved.get(i);
      boolean inside = d.start() >= start && d.end() <= end;
      if (inside && d.kind() == EntityKind.LOCATION && d.length() < end - start) {
        held = Math.max(held, d.confidence());
      } else if (!(inside && d.kind() == EntityKind.NAME)) {
        return -1;
      }
    }
    return held;
  }

  /** The resolved name that starts at {@code start}, or null. */
  static Detection nameAt(List<Detection> resolved, int start) {
    int i = firstEndingAfter(resolved, start);
    if (i < resolved.size()) {
      Detection d = resolved.get(i);
      if (d.start() == start && d.kind() == EntityKind.NAME) {
        return d;
      }
    }
    return null;
  }

  /** The index of the first resolved span that ends after {@code offset}. */
  public static int firstEndingAfter(List<Detection> resolved, int offset) {
    int low = 0;
    int high = resolved.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (resolved.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  static Detection location(String text, int start, int end, double confidence) {
    return found(EntityKind.LOCATION, text, start, end, confidence);
  }

  static Detection name(String text, int start, int end, double confidence) {
    return found(EntityKind.NAME, text, start, end, confidence);
  }

  static Detection address(String text, int start, int end, double confidence) {
    return found(EntityKind.ADDRESS, text, start, end, confidence);
  }

  /** Whether an address, a ZIP code or a town was found: the text gives a place. */
  static boolean givePlace(List<Detection> resolved) {
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.ADDRESS
          || d.kind() == EntityKind.ZIP
          || d.kind() == EntityKind.LOCATION) {
        return true;
      }
    }
    return false;
  }

  /** A value a reader after resolution found, its words in lower case as its canonical form. */
  private static Detection found(
      EntityKind kind, String text, int start, int end, double confidence) {
    return new Detection(
        kind,
        start,
        end,
        confidence,
        Pass.LEXICON,
        text.substring(start, end).toLowerCase(Locale.ROOT));
  }
}
