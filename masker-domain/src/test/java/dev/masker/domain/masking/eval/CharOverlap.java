package dev.masker.domain.masking.eval;

import dev.masker.domain.masking.Detection;
import java.util.List;

/**
 * Character-level scores of a corpus: the characters of gold values covered by any detection, and
 * the characters detected outside them, whatever the kinds (what a leak or an over-masking costs).
 */
final class CharOverlap {
  private long gold;
  private long predicted;
  private long shared;

  void add(Example example, List<Detection> found) {
    int length = example.text().length();
    var inGold = new boolean[length];
    var inFound = new boolean[length];
    example.entities().forEach(e -> java.util.Arrays.fill(inGold, e.start(), e.end(), true));
    found.forEach(d -> java.util.Arrays.fill(inFound, d.start(), d.end(), true));
    for (int i = 0; i < length; i++) {
      gold += inGold[i] ? 1 : 0;
      predicted += inFound[i] ? 1 : 0;
      shared += inGold[i] && inFound[i] ? 1 : 0;
    }
  }

  double precision() {
    return predicted == 0 ? 1.0 : (double) shared / predicted;
  }

  double recall() {
    return gold == 0 ? 1.0 : (double) shared / gold;
  }

  double f2() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 5 * p * r / (4 * p + r);
  }

  @Override
  public String toString() {
    return String.format("precision %.3f recall %.3f F2 %.3f", precision(), recall(), f2());
  }
}
