package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
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
  private static final double IDS_PRECISION = 0.92;
  private static final int IDS_FLAGGED = 2;
  private static final double VOICE_B_RECALL = 0.89;
  private static final double VOICE_B_PRECISION = 0.93;
  private static final int VOICE_B_FLAGGED = 1;
  private static final double PLACES_RECALL = 0.81;
  private static final double PLACES_PRECISION = 0.84;
  private static final int PLACES_FLAGGED = 10;

  private record Scored(Scorecard card, CharOverlap chars, int phiFree, int flagged) {
    void print(String name) {
      var overall = card.overall();
      System.out.printf(
          "%s: span precision %.3f recall %.3f, covered by any kind %.3f | chars %s | PHI-free lines"
              + " flagged %d of %d%n%s",
          name,
          overall.precision(),
          overall.recall(),
          card.coveredAnyKind(),
          chars,
          flagged,
          phiFree,
          card.table());
    }
  }

  private static Scored score(String resource) {
    var scorer = new Scorer();
    var chars = new CharOverlap();
    int phiFree = 0;
    int flagged = 0;
    for (var example : LabelledCorpus.loadWithLineBreaks(resource)) {
      var found = ProductDetection.detect(example.text());
      scorer.add(example, found);
      chars.add(example, found);
      if (example.isNegative()) {
        phiFree++;
        flagged += found.isEmpty() ? 0 : 1;
      }
      if (Boolean.getBoolean("names.debug")) {
        printErrors(example, found);
      }
    }
    return new Scored(scorer.scorecard(), chars, phiFree, flagged);
  }

  private static void printErrors(Example example, List<Detection> found) {
    var one = new Scorer().add(example, found).scorecard();
    var lines = new ArrayList<String>();
    for (var span : one.missed()) {
      lines.add("MISS " + span.kind() + " " + example.text().substring(span.start(), span.end()));
    }
    for (var span : one.spurious()) {
      lines.add("FP   " + span.kind() + " " + example.text().substring(span.start(), span.end()));
    }
    if (!lines.isEmpty()) {
      System.out.println(example.id() + "  " + example.text() + "\n    " + lines);
    }
  }

  @Test
  void the_ninth_voice_development_set_scores_above_its_floors() {
    var scored = score("voice-dev9.tsv");
    scored.print("voice dev9");

    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(VOICE_RECALL);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(VOICE_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_FLAGGED);
  }

  @Test
  void the_identifiers_development_set_scores_above_its_floors() {
    var scored = score("ids-written-dev.tsv");
    scored.print("ids written dev");

    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(IDS_RECALL);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(IDS_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(IDS_FLAGGED);
  }

  @Test
  void the_second_ninth_voice_development_set_scores_above_its_floors() {
    var scored = score("voice-dev9b.tsv");
    scored.print("voice dev9b");

    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(VOICE_B_RECALL);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(VOICE_B_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(VOICE_B_FLAGGED);
  }

  @Test
  void the_places_development_set_scores_above_its_floors() {
    var scored = score("places-written-dev9.tsv");
    scored.print("places written dev9");

    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(PLACES_RECALL);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(PLACES_PRECISION);
    assertThat(scored.flagged()).isLessThanOrEqualTo(PLACES_FLAGGED);
  }
}
