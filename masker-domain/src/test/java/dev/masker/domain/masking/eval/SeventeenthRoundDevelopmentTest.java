package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seventeenth round's development sets (docs/engine.md, "Quality"), written by outside authors
 * and tuned on: where the caller lives, stays and wants to go (home and mailing addresses, units,
 * PO boxes, rural routes, towns and ZIP codes, {@code voice-dev17a.tsv}), and caregivers, relatives
 * and staff calling for someone else with the ages that matter ({@code voice-dev17b.tsv}), a fifth
 * of the turns free of PHI. Scored on what the product detects. Run with {@code -Dnames.debug=true}
 * to print every miss and false positive with its line.
 */
class SeventeenthRoundDevelopmentTest {
  // at the start of the round (24f3f45): recall 0.693, precision 0.895, 0 of 45 flagged; at its
  // end: 0.791, 0.935, 0
  private static final double VOICE_A_RECALL = 0.78;
  private static final double VOICE_A_PRECISION = 0.925;
  private static final int VOICE_A_FLAGGED = 0;
  // at the start of the round (24f3f45): recall 0.946, precision 0.938, 7 of 52 flagged; at its
  // end: 0.980, 0.976, 1
  private static final double VOICE_B_RECALL = 0.97;
  private static final double VOICE_B_PRECISION = 0.965;
  private static final int VOICE_B_FLAGGED = 1;

  @Test
  void the_first_seventeenth_voice_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("voice-dev17a.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("voice dev17a"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_A_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_A_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_A_FLAGGED);
  }

  @Test
  void the_second_seventeenth_voice_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("voice-dev17b.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("voice dev17b"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_B_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_B_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_B_FLAGGED);
  }
}
