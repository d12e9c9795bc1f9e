package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The twelfth held-out set (docs/engine.md, "Quality"): caller turns to clinics, pharmacies,
 * insurers, labs, home health and telehealth with every kind of PHI ({@code voice-holdout12.tsv}),
 * written by an outside author who read neither the engine, its word lists nor any earlier corpus,
 * while the twelfth round was made. Scored on what the product detects; this test prints only
 * figures: never a line, a miss or a false positive, whatever the flags, so the set stays unseen.
 * Floors sit a little under the figures of its single scoring (docs/engine.md).
 */
class TwelfthHoldoutTest {
  // scored once at the round's end (339fa89): recall 0.912, precision 0.921, covered by any kind
  // 0.943, char F2 0.973, 3 of 42 PHI-free lines flagged; on the round's start (9ebd0fb), scored
  // the same way: 0.905, 0.920, 0.936, 0.972 and 3
  private static final double VOICE_RECALL = 0.91;
  private static final double VOICE_PRECISION = 0.92;
  private static final double VOICE_COVERED = 0.94;
  private static final int VOICE_FLAGGED = 3;

  @Test
  void the_twelfth_voice_holdout_scores_above_its_floors() {
    var scored = ProductScore.of("voice-holdout12.tsv", false);
    System.out.print(scored.summary("voice holdout12"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.card().coveredAnyKind()).isGreaterThanOrEqualTo(VOICE_COVERED);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }
}
