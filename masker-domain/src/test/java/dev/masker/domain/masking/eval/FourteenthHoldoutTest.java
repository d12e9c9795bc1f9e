package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fourteenth held-out set (docs/engine.md, "Quality"): real calls of every kind to clinics,
 * pharmacies, insurers, labs, home health and transport services with every kind of PHI ({@code
 * voice-holdout14.tsv}), written by an outside author who read neither the engine, its word lists
 * nor any earlier corpus, while the fourteenth round was made. Scored on what the product detects;
 * this test prints only figures: never a line, a miss or a false positive, whatever the flags, so
 * the set stays unseen. Floors sit a little under the figures of its single scoring
 * (docs/engine.md).
 */
class FourteenthHoldoutTest {
  // scored once at the round's end (42b19a5): recall 0.930, precision 0.953, covered by any kind
  // 0.956, char F2 0.965, 0 of 42 PHI-free lines flagged; on the round's start (398271b), scored
  // the same way: 0.922, 0.943, 0.949, 0.949 and 0
  private static final double VOICE_RECALL = 0.925;
  private static final double VOICE_PRECISION = 0.95;
  private static final double VOICE_COVERED = 0.95;
  private static final int VOICE_FLAGGED = 0;

  @Test
  void the_fourteenth_voice_holdout_scores_above_its_floors() {
    var scored = ProductScore.of("voice-holdout14.tsv", false);
    System.out.print(scored.summary("voice holdout14"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.card().coveredAnyKind()).isGreaterThanOrEqualTo(VOICE_COVERED);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }
}
