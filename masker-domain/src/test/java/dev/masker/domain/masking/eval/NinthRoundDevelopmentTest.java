package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The ninth round's development sets (docs/engine.md, "Quality"), written by outside authors and
 * tuned on: voice-call turns heavy in names said the hard ways ({@code voice-dev9.tsv}, and {@code
 * voice-dev9b.tsv} with values said in pieces), identifiers and dates of birth of written records
 * from about 45 countries ({@code ids-written-dev.tsv}), and addresses of about 55 countries
 * ({@code places-written-dev9.tsv}). Scored on what the product detects. Run with {@code
 * -Dnames.debug=true} to print every miss and false positive with its line.
 */
class NinthRoundDevelopmentTest {
  private static final double VOICE_RECALL = 0.83;
  private static final double VOICE_PRECISION = 0.94;
  private static final int VOICE_FLAGGED = 3;
  private static final double IDS_RECALL = 0.87;
  // Codes standing alone (CodeRecognizer) mask values whose cue is out of reach as OTHER_ID: the
  // span counts as a wrong kind (precision 0.930 -> 0.906) while what is masked grows (covered by
  // any kind 0.903 -> 0.928, char F2 0.914 -> 0.932).
  private static final double IDS_PRECISION = 0.90;
  private static final double IDS_COVERED = 0.925;
  private static final int IDS_FLAGGED = 2;
  private static final double VOICE_B_RECALL = 0.89;
  private static final double VOICE_B_PRECISION = 0.93;
  private static final int VOICE_B_FLAGGED = 1;
  private static final double PLACES_RECALL = 0.81;
  private static final double PLACES_PRECISION = 0.84;
  private static final int PLACES_FLAGGED = 10;

  @Test
  void the_ninth_voice_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("voice-dev9.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("voice dev9"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }

  @Test
  void the_identifiers_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("ids-written-dev.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("ids written dev"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(IDS_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(IDS_PRECISION);
    assertThat(scored.card().coveredAnyKind()).isGreaterThanOrEqualTo(IDS_COVERED);
    assertThat(scored.flagged()).isLessThanOrEqualTo(IDS_FLAGGED);
  }

  @Test
  void the_second_ninth_voice_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("voice-dev9b.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("voice dev9b"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(VOICE_B_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(VOICE_B_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_B_FLAGGED);
  }

  @Test
  void the_places_development_set_scores_above_its_floors() {
    var scored = ProductScore.of("places-written-dev9.tsv", Boolean.getBoolean("names.debug"));
    System.out.print(scored.summary("places written dev9"));

    assertThat(scored.recall()).isGreaterThanOrEqualTo(PLACES_RECALL);
    assertThat(scored.precision()).isGreaterThanOrEqualTo(PLACES_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(PLACES_FLAGGED);
  }
}
