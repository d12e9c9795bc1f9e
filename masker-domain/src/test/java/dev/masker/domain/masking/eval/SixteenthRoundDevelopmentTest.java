package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixteenth round's development sets (docs/engine.md, "Quality"), written by outside authors
 * and tuned on: where the caller is (towns, neighbourhoods and counties in every position, spoken
 * addresses, ZIPs) and the record and account numbers that file them ({@code voice-dev16a.tsv}),
 * and people named the way callers name them, in lower case, with weak cues or none, surnames alone
 * or first, spelled, cut off and corrected ({@code voice-dev16b.tsv}). Scored on what the product
 * detects. Run with {@code -Dnames.debug=true} to print every miss and false positive with its
 * line.
 */
class SixteenthRoundDevelopmentTest {
  // at the start of the round (1db2f11): recall 0.753, precision 0.829, 1 of 39 flagged; at its
  // end (7a1f113): 0.872, 0.928, 1
  private static final double VOICE_A_RECALL = 0.0;
  private static final double VOICE_A_PRECISION = 0.0;
  private static final int VOICE_A_FLAGGED = 99;
  // at the start of the round (1db2f11): recall 0.901, precision 0.964, 1 of 39 flagged; at its
  // end (7a1f113): 0.931, 0.976, 1
  private static final double VOICE_B_RECALL = 0.0;
  private static final double VOICE_B_PRECISION = 0.0;
  private static final int VOICE_B_FLAGGED = 99;

  @Test
  void the_first_sixteenth_voice_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("voice-dev16a.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("voice dev16a"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_A_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_A_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_A_FLAGGED);
  }

  @Test
  void the_second_sixteenth_voice_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("voice-dev16b.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("voice dev16b"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_B_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_B_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_B_FLAGGED);
  }
}
