package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The thirteenth held-out set (docs/engine.md, "Quality"): caller turns to clinics, pharmacies,
 * insurers, labs, home health and telehealth with every kind of PHI ({@code voice-holdout13.tsv}),
 * written by an outside author who read neither the engine, its word lists nor any earlier corpus,
 * while the thirteenth round was made. Scored on what the product detects; this test prints only
 * figures: never a line, a miss or a false positive, whatever the flags, so the set stays unseen.
 * Floors sit a little under the figures of its single scoring (docs/engine.md).
 */
class ThirteenthHoldoutTest {
  // scored once at the round's end (f969ac4): recall 0.914, precision 0.938, covered by any kind
  // 0.944, char F2 0.957, 1 of 42 PHI-free lines flagged; on the round's start (a55ba4b), scored
  // the same way: 0.906, 0.935, 0.939, 0.956 and 1
  private static final double VOICE_RECALL = 0.91;
  private static final double VOICE_PRECISION = 0.93;
  private static final double VOICE_COVERED = 0.94;
  private static final int VOICE_FLAGGED = 1;

  @Test
  void the_thirteenth_voice_holdout_scores_above_its_floors() {
    var scored = ProductScore.of("voice-holdout13.tsv", false);
    System.out.print(scored.summary("voice holdout13"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.card().coveredAnyKind()).isGreaterThanOrEqualTo(VOICE_COVERED);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }
}
