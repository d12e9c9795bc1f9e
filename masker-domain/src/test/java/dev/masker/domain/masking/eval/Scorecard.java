package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.EntityKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a {@link Scorer}: counts and scores per kind, micro-averaged over all kinds, the
 * kind confusions, the misses and false alarms (by place, never by value), and how many gold values
 * some prediction of any kind covers.
 */
public final class Scorecard {

  private final int examples;
  private final Map<EntityKind, Counts> perKind;
  private final List<KindConfusion> confusions;
  private final List<ScoredSpan> missed;
  private final List<ScoredSpan> spurious;
  private final int goldCovered;
  private final int goldTotal;

  Scorecard(
      int examples,
      Map<EntityKind, Counts> perKind,
      List<KindConfusion> confusions,
      List<ScoredSpan> missed,
      List<ScoredSpan> spurious,
      int goldCovered,
      int goldTotal) {
    this.examples = examples;
    this.perKind = new EnumMap<>(EntityKind.class);
    this.perKind.putAll(perKind);
    this.confusions = List.copyOf(confusions);
    this.missed = List.copyOf(missed);
    this.spurious = List.copyOf(spurious);
    this.goldCovered = goldCovered;
    this.goldTotal = goldTotal;
  }

  public int examples() {
    return examples;
  }

  /** The counts of one kind; {@link Counts#NONE} for a kind neither labelled nor predicted. */
  public Counts counts(EntityKind kind) {
    return perKind.getOrDefault(kind, Counts.NONE);
  }

  /** Micro average: the counts of all kinds summed, then scored. */
  public Counts overall() {
    var sum = Counts.NONE;
    for (var c : perKind.values()) {
      sum = sum.plus(c);
    }
    return sum;
  }

  public List<KindConfusion> confusions() {
    return confusions;
  }

  /** Gold entities no prediction of their kind matched. */
  public List<ScoredSpan> missed() {
    return missed;
  }

  /** Predictions no gold entity of their kind matched. */
  public List<ScoredSpan> spurious() {
    return spurious;
  }

  /**
   * The share of gold values some prediction of any kind covers: masked, if perhaps mislabelled.
   */
  public double coveredAnyKind() {
    return goldTotal == 0 ? 1.0 : (double) goldCovered / goldTotal;
  }

  /** A fixed-width table for a test's output. */
  public String table() {
    var out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d examples%n", examples));
    out.append(
        String.format(
            Locale.ROOT,
            "%-15s %5s %5s %5s %5s %5s %9s %7s %6s%n",
            "kind",
            "gold",
            "pred",
            "tp",
            "fp",
            "fn",
            "precision",
            "recall",
            "f1"));
    perKind.forEach((kind, c) -> row(out, kind.name(), c));
    row(out, "micro (all)", overall());
    if (!confusions.isEmpty()) {
      var byPair = new TreeMap<String, Integer>();
      for (var confusion : confusions) {
        byPair.merge(confusion.gold() + " found as " + confusion.predicted(), 1, Integer::sum);
      }
      out.append("kind confusions (strict scores count each as one fp and one fn):");
      byPair.forEach((pair, n) -> out.append(String.format(Locale.ROOT, " %s x%d;", pair, n)));
      out.append(System.lineSeparator());
    }
    out.append(
        String.format(
            Locale.ROOT,
            "gold values covered by a prediction of any kind: %d/%d (%.3f)%n",
            goldCovered,
            goldTotal,
            coveredAnyKind()));
    return out.toString();
  }

  private static void row(StringBuilder out, String label, Counts c) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-15s %5d %5d %5d %5d %5d %9.3f %7.3f %6.3f%n",
            label,
            c.gold(),
            c.predicted(),
            c.truePositives(),
            c.falsePositives(),
            c.falseNegatives(),
            c.precision(),
            c.recall(),
            c.f1()));
  }

  @Override
  public String toString() {
    var o = overall();
    return String.format(
        Locale.ROOT,
        "Scorecard[%d examples, p=%.3f r=%.3f f1=%.3f]",
        examples,
        o.precision(),
        o.recall(),
        o.f1());
  }
}
