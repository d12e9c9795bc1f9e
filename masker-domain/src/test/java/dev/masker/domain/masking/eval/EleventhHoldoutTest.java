package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The eleventh held-out set (docs/engine.md, "Quality"): caller turns to clinics, pharmacies,
 * insurers, labs, home health and telehealth ({@code voice-holdout11.tsv}), written by an outside
 * author who read neither the engine, its word lists nor any earlier corpus, while the eleventh
 * round was made. Scored on what the product detects; this test prints only figures: never a line,
 * a miss or a false positive, whatever the flags, so the set stays unseen. Floors sit a little
 * under the figures of its single scoring (docs/engine.md).
 */
class EleventhHoldoutTest {
  // scored once at the round's end (360ea55): recall 0.893, precision 0.923, covered by any kind
  // 0.916, char F2 0.946, 2 of 39 PHI-free lines flagged; on the round's start (bcfa0c2), scored
  // the same way: 0.878, 0.906, 0.916, 0.945 and 2
  private static final double VOICE_RECALL = 0.89;
  private static final double VOICE_PRECISION = 0.92;
  private static final double VOICE_COVERED = 0.91;
  private static final int VOICE_FLAGGED = 2;

  @Test
  void the_eleventh_voice_holdout_scores_above_its_floors() {
    var scored = ProductScore.of("voice-holdout11.tsv", false);
    System.out.print(scored.summary("voice holdout11"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.card().coveredAnyKind()).isGreaterThanOrEqualTo(VOICE_COVERED);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }
}
