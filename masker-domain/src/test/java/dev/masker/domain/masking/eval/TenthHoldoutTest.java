package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tenth held-out set (docs/engine.md, "Quality"): caller turns to clinics, pharmacies,
 * insurers, labs, home health, telehealth and hospital billing ({@code voice-holdout10.tsv}),
 * written by an outside author who read neither the engine, its word lists nor any earlier corpus,
 * while the tenth round was made. Scored on what the product detects; this test prints only
 * figures: never a line, a miss or a false positive, whatever the flags, so the set stays unseen.
 * Floors sit a little under the figures of its single scoring (docs/engine.md).
 */
class TenthHoldoutTest {
  // scored once at the round's end (04291b1): recall 0.875, precision 0.877, covered by any kind
  // 0.912, char F2 0.934, 1 of 36 PHI-free lines flagged; on the round's start (f67555e): 0.875,
  // 0.888, 0.901, 0.919 and 1
  private static final double VOICE_RECALL = 0.87;
  private static final double VOICE_PRECISION = 0.87;
  private static final double VOICE_COVERED = 0.91;
  private static final int VOICE_FLAGGED = 1;

  @Test
  void the_tenth_voice_holdout_scores_above_its_floors() {
    var scored = ProductScore.of("voice-holdout10.tsv", false);
    System.out.print(scored.summary("voice holdout10"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.card().coveredAnyKind()).isGreaterThanOrEqualTo(VOICE_COVERED);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }
}
