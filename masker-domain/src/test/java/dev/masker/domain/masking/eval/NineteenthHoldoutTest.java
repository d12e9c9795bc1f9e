package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The nineteenth held-out set (docs/engine.md, "Quality"): real calls of every kind to clinics,
 * pharmacies, insurers, labs, dentists, eye care, home health and transport services with every
 * kind of PHI ({@code voice-holdout19.tsv}), written by an outside author who read neither the
 * engine, its word lists nor any earlier corpus, while the nineteenth round was made. Scored on
 * what the product detects; this test prints only figures: never a line, a miss or a false
 * positive, whatever the flags, so the set stays unseen. Floors sit a little under the figures of
 * its single scoring (docs/engine.md).
 */
class NineteenthHoldoutTest {
  // scored once: see docs/engine.md
  private static final double VOICE_RECALL = 0.0;
  private static final double VOICE_PRECISION = 0.0;
  private static final double VOICE_COVERED = 0.0;
  private static final int VOICE_FLAGGED = 42;

  @Test
  void the_nineteenth_voice_holdout_scores_above_its_floors() {
    var scored = ProductScore.of("voice-holdout19.tsv", false);
    System.out.print(scored.summary("voice holdout19"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.card().coveredAnyKind()).isGreaterThanOrEqualTo(VOICE_COVERED);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }
}
