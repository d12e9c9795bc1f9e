package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fifteenth held-out set (docs/engine.md, "Quality"): real calls of every kind to clinics,
 * pharmacies, insurers, labs, home health and transport services with every kind of PHI ({@code
 * voice-holdout15.tsv}), written by an outside author who read neither the engine, its word lists
 * nor any earlier corpus, while the fifteenth round was made. Scored on what the product detects;
 * this test prints only figures: never a line, a miss or a false positive, whatever the flags, so
 * the set stays unseen. Floors sit a little under the figures of its single scoring
 * (docs/engine.md).
 */
class FifteenthHoldoutTest {
  // scored once at the round's end (7a1f113): recall 0.940, precision 0.933, covered by any kind
  // 0.963, char F2 0.976, 2 of 42 PHI-free lines flagged; on the round's start (1db2f11), scored
  // the same way: 0.940, 0.933, 0.963, 0.974 and 2
  private static final double VOICE_RECALL = 0.935;
  private static final double VOICE_PRECISION = 0.93;
  private static final double VOICE_COVERED = 0.96;
  private static final int VOICE_FLAGGED = 2;

  @Test
  void the_fifteenth_voice_holdout_scores_above_its_floors() {
    var scored = ProductScore.of("voice-holdout15.tsv", false);
    System.out.print(scored.summary("voice holdout15"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.card().coveredAnyKind()).isGreaterThanOrEqualTo(VOICE_COVERED);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }
}
