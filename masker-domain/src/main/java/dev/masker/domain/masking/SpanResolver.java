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

  /** Longest first: for recurrences of known values, whose confidences come from elsewhere. */
  private static final Comparator<Detection> LONGEST_FIRST =
      Comparator.comparingInt(Detection::length).reversed().thenComparing(PRECEDENCE);

  /** The winners, ordered by position. */
  public static List<Detection> resolve(List<Detection> detections) {
    return resolve(wholeAddresses(detections), PRECEDENCE);
  }

  /**
   * An address that holds another address ("192 Hayes Street, Flat 25" read under a street label,
   * around "192 Hayes Street" read by its words) is the fuller reading of one value: it gets at
   * least the confidence of what it holds, so it wins whole instead of leaving its unit as a stray
   * piece. Sorted once and swept: O(n log n).
   */
  static List<Detection> wholeAddresses(List<Detection> detections) {
    int addresses = 0;
    for (var d : detections) {
      addresses += d.kind() == EntityKind.ADDRESS ? 1 : 0;
    }
    if (addresses < 2) {
      return detections;
    }
    var order = new ArrayList<Integer>(addresses);
    for (int k = 0; k < detections.size(); k++) {
      if (detections.get(k).kind() == EntityKind.ADDRESS) {
        order.add(k);
      }
    }
    order.sort(
        Comparator.comparingInt((Integer k) -> detections.get(k).start())
            .thenComparing(k -> -detections.get(k).end()));
    // the starts of towns and postal codes: an address holding one is a whole postal address,
    // which the finer reading (street, code, town) splits, and is not raised
    var places = new ArrayList<Integer>();
    for (var d : detections) {
      if (d.kind() == EntityKind.LOCATION || d.kind() == EntityKind.ZIP) {
        places.add(d.start());
      }
    }
    places.sort(null);
    var out = new ArrayList<>(detections);
    int container = -1;
    double held = 0;
    for (int k : order) {
      var d = detections.get(k);
      if (container >= 0 && d.end() <= detections.get(container).end()) {
        held = Math.max(held, d.confidence());
        continue;
      }
      raise(out, container, held, places);
      container = k;
      held = 0;
    }
    raise(out, container, held, places);
    return out;
  }

  private static void raise(List<Detection> out, int container, double held, List<Integer> places) {
    if (container < 0) {
      return;
    }
    var c = out.get(container);
    int at = java.util.Collections.binarySearch(places, c.start());
    int next = at >= 0 ? at : -at - 1;
    if (next < places.size() && places.get(next) < c.end()) {
      return; // "Glennpark 178, 9100 SH Groningen" whole: its code and town are read apart
    }
    if (held > c.confidence()) {
      out.set(
          container, new Detection(c.kind(), c.start(), c.end(), held, c.pass(), c.canonical()));
    }
  }

  /**
   * The winners where the longer span wins first, then the usual precedence: for recurrences of
   * known values, where a whole value ("XJH 100 000 000") must beat a piece of it that is also a
   * known value ("1000000" of another id), whatever their confidences.
   */
  public static List<Detection> resolveLongestFirst(List<Detection> detections) {
    return resolve(detections, LONGEST_FIRST);
  }

  private static List<Detection> resolve(
      List<Detection> detections, Comparator<Detection> precedence) {
    if (detections.size() <= 1) {
      return List.copyOf(detections);
    }
    var candidates = new ArrayList<>(detections);
    candidates.sort(precedence);
    // Accepted spans by start; they never overlap, so the neighbours decide any overlap.
    var accepted = new TreeMap<Integer, Detection>();
    for (var candidate : candidates) {
      if (!overlapsAny(accepted, candidate)) {
        accepted.put(candidate.start(), candidate);
      }
    }
    return List.copyOf(accepted.values());
  }

  /**
   * Like {@link #resolve}, but nothing any detection covered is left out: where a detection loses
   * to an overlapping one, each part of it that no winner covers and that holds a letter or digit
   * becomes a detection of its own, of the loser's kind, with that part as its canonical form. For
   * merging detections of different origins (fresh ones and recurrences of known values), where a
   * loser's leftover is still a piece of a value ("XJH" of a member id whose digits recur as an
   * SSN).
   *
   * @param text the text the detections index
   */
  public static List<Detection> resolveCovering(List<Detection> detections, String text) {
    detections = wholeAddresses(detections);
    var winners = resolve(detections);
    // Each round resolves the leftovers among themselves (two losers may leave the same gap);
    // winners never overlap a leftover, so coverage only grows and the rounds end.
    while (true) {
      var leftovers = leftovers(detections, winners, text);
      if (leftovers.isEmpty()) {
        return winners;
      }
      var all = new ArrayList<Detection>(winners.size() + leftovers.size());
      all.addAll(winners);
      all.addAll(leftovers);
      winners = resolve(all);
    }
  }

  /** The parts of {@code detections} no winner covers, each a detection of its loser's kind. */
  private static List<Detection> leftovers(
      List<Detection> detections, List<Detection> winners, String text) {
    var accepted = new TreeMap<Integer, Detection>();
    for (var winner : winners) {
      accepted.put(winner.start(), winner);
    }
    var leftovers = new ArrayList<Detection>();
    for (var detection : detections) {
      int at = detection.start();
      while (at < detection.end()) {
        var covering = accepted.floorEntry(at);
        if (covering != null && covering.getValue().end() > at) {
          at = covering.getValue().end();
          continue;
        }
        var next = accepted.ceilingEntry(at);
        int gapEnd = next == null ? detection.end() : Math.min(detection.end(), next.getKey());
        addLeftover(detection, text, at, gapEnd, leftovers);
        at = gapEnd;
      }
    }
    return leftovers;
  }

  private static void addLeftover(
      Detection loser, String text, int start, int end, List<Detection> leftovers) {
    while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    if (start < end) {
      leftovers.add(
          new Detection(
              loser.kind(),
              start,
              end,
              loser.confidence(),
              loser.pass(),
              text.substring(start, end)));
    }
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
