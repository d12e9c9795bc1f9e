package dev.masker.domain.masking.eval;

/**
 * True positives, false positives and false negatives, with the scores made of them.
 *
 * <p>No score divides by zero: with no prediction precision is 1 (nothing was wrongly flagged),
 * with no gold entity recall is 1 (nothing could be missed), and F1 is 0 when both are 0.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

  public static final Counts NONE = new Counts(0, 0, 0);

  public Counts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }

  public Counts plus(Counts other) {
    return new Counts(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** How many gold entities there were. */
  public int gold() {
    return truePositives + falseNegatives;
  }

  /** How many predictions there were. */
  public int predicted() {
    return truePositives + falsePositives;
  }

  public double precision() {
    return predicted() == 0 ? 1.0 : (double) truePositives / predicted();
  }

  public double recall() {
    return gold() == 0 ? 1.0 : (double) truePositives / gold();
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
}
