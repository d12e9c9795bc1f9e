package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The ninth held-out sets (docs/engine.md, "Quality"): voice-call turns with every kind of value
 * ({@code voice-holdout9.tsv}) and international written records ({@code written-holdout9.tsv}),
 * written by two outside authors who read neither the engine, its word lists nor any earlier
 * corpus, while the ninth round was made. They are scored on what the product detects and this test
 * prints only figures: never a line, a miss or a false positive, whatever the flags, so the sets
 * stay unseen. Floors sit a little under the figures of their single scoring (docs/engine.md).
 */
class NinthHoldoutTest {
  private static final double VOICE_RECALL = 0.90;
  private static final double VOICE_PRECISION = 0.95;
  private static final int VOICE_FLAGGED = 1;
  private static final double WRITTEN_RECALL = 0.85;
  // Codes standing alone (ADR 21) mask identifiers whose cue is out of reach as OTHER_ID: counted
  // as a wrong kind (span precision 0.892 -> 0.867) while more is masked (covered by any kind
  // 0.896 -> 0.920, char F2 0.919 -> 0.934). Not tuned on: the figures are totals only.
  private static final double WRITTEN_PRECISION = 0.86;
  private static final double WRITTEN_COVERED = 0.915;
  private static final double WRITTEN_CHAR_F2 = 0.91;
  private static final int WRITTEN_FLAGGED = 7;

  @Test
  void the_ninth_voice_holdout_scores_above_its_floors() {
    var scored = ProductScore.of("voice-holdout9.tsv", false);
    System.out.print(scored.summary("voice holdout9"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }

  @Test
  void the_ninth_written_holdout_scores_above_its_floors() {
    var scored = ProductScore.of("written-holdout9.tsv", false);
    System.out.print(scored.summary("written holdout9"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(WRITTEN_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(WRITTEN_PRECISION);
    assertThat(scored.card().coveredAnyKind()).isGreaterThanOrEqualTo(WRITTEN_COVERED);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(WRITTEN_CHAR_F2);
    assertThat(scored.flagged()).isLessThanOrEqualTo(WRITTEN_FLAGGED);
  }
}
