package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The tenth round's development sets (docs/engine.md, "Quality"), written by outside authors and
 * tuned on: caller turns to clinic scheduling and pharmacy refill lines where most names come
 * without a cue ({@code voice-dev10.tsv}), and to insurers, labs, home health and telehealth as a
 * tired speech-to-text engine writes them ({@code voice-dev10b.tsv}). Scored on what the product
 * detects. Run with {@code -Dnames.debug=true} to print every miss and false positive with its
 * line.
 */
class TenthRoundDevelopmentTest {
  // at the start of the round (703634b): recall 0.867, precision 0.968, 4 of 39 flagged
  private static final double VOICE_RECALL = 0.90;
  private static final double VOICE_PRECISION = 0.96;
  private static final int VOICE_FLAGGED = 4;
  // at the start of the round (703634b): recall 0.847, precision 0.895, 2 of 39 flagged; codes
  // said aloud are masked as OTHER_ID when no cue says their kind, which counts as a wrong kind
  // (covered by any kind 0.898 -> 0.942)
  private static final double VOICE_B_RECALL = 0.91;
  private static final double VOICE_B_PRECISION = 0.91;
  private static final int VOICE_B_FLAGGED = 2;

  @Test
  void the_tenth_voice_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("voice-dev10.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("voice dev10"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }

  @Test
  void the_second_tenth_voice_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("voice-dev10b.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("voice dev10b"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_B_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_B_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_B_FLAGGED);
  }
}
