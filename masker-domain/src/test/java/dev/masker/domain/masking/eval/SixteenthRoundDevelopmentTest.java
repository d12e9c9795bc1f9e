package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sixteenth round's development sets (docs/engine.md, "Quality"), written by outside authors
 * and tuned on: when and where things happened to the caller (birth and visit dates in every spoken
 * shape, ages, and the towns they happen in, {@code voice-dev16a.tsv}), and insurance, billing and
 * pharmacy calls with the numbers and the people they belong to, a quarter of the turns free of PHI
 * ({@code voice-dev16b.tsv}). Scored on what the product detects. Run with {@code
 * -Dnames.debug=true} to print every miss and false positive with its line.
 */
class SixteenthRoundDevelopmentTest {
  // at the start of the round (079c676): recall 0.916, precision 0.947, 3 of 39 flagged; at its
  // end: 0.963, 0.959, 3
  private static final double VOICE_A_RECALL = 0.96;
  private static final double VOICE_A_PRECISION = 0.955;
  private static final int VOICE_A_FLAGGED = 3;
  // at the start of the round (079c676): recall 0.919, precision 0.878, 11 of 65 flagged; at
  // its end: 0.932, 0.890, 11
  private static final double VOICE_B_RECALL = 0.93;
  private static final double VOICE_B_PRECISION = 0.885;
  private static final int VOICE_B_FLAGGED = 11;

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
