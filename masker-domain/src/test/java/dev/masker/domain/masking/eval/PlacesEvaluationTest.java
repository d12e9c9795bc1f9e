package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Addresses, places, postal codes and phones (issue 11) over the generated sets
 * (masker-domain/src/test/scripts/places_corpus.py): voice turns and written international records,
 * each a development part and a held-out part. Prints span scores per kind, the character-level F2
 * of the written sets and the false-positive rate on PHI-free lines of every corpus; fails below
 * the floors reported in docs/engine.md ("Places, postal codes and phones (issue 11)").
 */
class PlacesEvaluationTest {

  static final String VOICE_DEV = "places-voice-dev.tsv";
  static final String VOICE_HOLDOUT = "places-voice-holdout.tsv";
  static final String WRITTEN_DEV = "places-written-dev.tsv";
  static final String WRITTEN_HOLDOUT = "places-written-holdout.tsv";
  static final String WRITTEN_DEV2 = "places-written-dev2.tsv";
  static final String WRITTEN_HOLDOUT2 = "places-written-holdout2.tsv";
  static final String WRITTEN_DEV3 = "places-written-dev3.tsv";
  static final String WRITTEN_HOLDOUT3 = "places-written-holdout3.tsv";
  static final String WRITTEN_DEV4 = "places-written-dev4.tsv";
  static final String WRITTEN_HOLDOUT5 = "places-written-holdout5.tsv";
  static final String WRITTEN_HOLDOUT6 = "places-written-holdout6.tsv";
  static final String WRITTEN_HOLDOUT7 = "places-written-holdout7.tsv";

  /**
   * Held-out parts whose errors are printed: development data since the fifth round (holdout3,
   * holdout5), the sixth (holdout6) and the eighth (holdout7).
   */
  private static final java.util.Set<String> PRINTED_HOLDOUTS =
      java.util.Set.of(WRITTEN_HOLDOUT3, WRITTEN_HOLDOUT5, WRITTEN_HOLDOUT6, WRITTEN_HOLDOUT7);

  private static Scored score(String resource) {
    var scorer = new Scorer();
    var chars = new CharOverlap();
    var texts = new java.util.HashMap<String, String>();
    for (var example : LabelledCorpus.loadWithLineBreaks(resource)) {
      var found = ProductDetection.detect(example.text());
      scorer.add(example, found);
      chars.add(example, found);
      texts.put(example.id(), example.text());
    }
    // the development parts, and holdout3 and holdout5, which became development data in the fifth
    // round; the other held-out parts are never looked at
    if (resource.contains("-dev") || PRINTED_HOLDOUTS.contains(resource)) {
      for (var span : scorer.scorecard().missed()) {
        var t = texts.get(span.exampleId());
        System.out.println(
            "MISS "
                + span.kind()
                + " ["
                + t.substring(span.start(), span.end())
                + "] "
                + t.replace('\n', '|'));
      }
      for (var span : scorer.scorecard().spurious()) {
        var t = texts.get(span.exampleId());
        System.out.println(
            "FP "
                + span.kind()
                + " ["
                + t.substring(span.start(), span.end())
                + "] "
                + t.replace('\n', '|'));
      }
    }
    var scored = new Scored(scorer.scorecard(), chars);
    System.out.println(resource + "\n" + scored.card().table() + "char-level " + chars + "\n");
    return scored;
  }

  private record Scored(Scorecard card, CharOverlap chars) {}

  @Test
  void voice_development_set_scores_above_its_floors() {
    var card = score(VOICE_DEV).card();
    assertThat(card.overall().recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(card.overall().precision()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void voice_held_out_set_scores_above_its_floors() {
    var card = score(VOICE_HOLDOUT).card();
    assertThat(card.overall().recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(card.overall().precision()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void written_development_set_scores_above_its_floors() {
    var scored = score(WRITTEN_DEV);
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void written_held_out_set_scores_above_its_floors() {
    var scored = score(WRITTEN_HOLDOUT);
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.93);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.93);
  }

  /**
   * Second round: towns that are also ordinary words or begin with an article, postal codes before
   * the town, field-labelled forms.
   */
  @Test
  void second_written_development_set_scores_above_its_floors() {
    var scored = score(WRITTEN_DEV2);
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void second_written_held_out_set_scores_above_its_floors() {
    var scored = score(WRITTEN_HOLDOUT2);
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.89);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.92);
  }

  /**
   * Third round: postal codes before the town in prose, after a town no list has and before a
   * country, postal-code shapes of many countries beside labels, one-word streets whose ending is
   * their type, addresses over several lines; PHI-free lines full of numbers.
   */
  @Test
  void third_written_development_set_scores_above_its_floors() {
    var scored = score(WRITTEN_DEV3);
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.97);
  }

  /**
   * Third round's held-out part: other templates, countries and seed; scored once at the end (0.960
   * / 0.696 / F2 0.767, docs/engine.md); 0.980 / 0.887 / F2 0.904 after the fourth round, which did
   * not look at its errors either. <b>Development data since the fifth round</b>, which printed and
   * studied its errors: 1.000 / 0.984 / F2 0.992 then; no longer a held-out figure.
   */
  @Test
  void third_written_held_out_set_scores_above_its_floors() {
    var scored = score(WRITTEN_HOLDOUT3);
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.97);
  }

  /**
   * Fourth round: many templates per kind (prose, letters, forms, notes, JSON-ish tool results,
   * addresses over several lines), holdout3's countries and others.
   */
  @Test
  void fourth_written_development_set_scores_above_its_floors() {
    var scored = score(WRITTEN_DEV4);
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.96);
  }

  /**
   * Fourth round's held-out part (holdout5): sentences composed from independent parts, other
   * countries, PHI-free lines full of numbers; committed before any change, scored once at the end
   * (0.527 → 0.723 recall, char F2 0.678 → 0.804, docs/engine.md). <b>Development data since the
   * fifth round</b>, which printed and studied its errors: 1.000 / 1.000 / F2 0.999 then; no longer
   * a held-out figure.
   */
  @Test
  void fifth_written_held_out_set_scores_above_its_floors() {
    var scored = score(WRITTEN_HOLDOUT5);
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.98);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.98);
  }

  /**
   * The sixth held-out part: written by an author who read neither the engine nor its word lists,
   * 40 countries and 55 layouts of their own, committed before the fifth places round and the sixth
   * names round and scored once after them (recall 0.772, char F2 0.811). <b>Development data since
   * the sixth places round</b>, which printed and studied its errors: recall 0.889, precision
   * 0.976, char F2 0.904 then; no longer a held-out figure (docs/engine.md). Since the eighth round
   * the corpora are scored on what the product detects ({@link ProductDetection}), which reads JSON
   * keys and table columns too: 0.909, 0.962, 0.930.
   */
  @Test
  void sixth_written_held_out_set_scores_above_its_floors() {
    var scored = score(WRITTEN_HOLDOUT6);
    int flagged = flaggedPhiFreeLines(WRITTEN_HOLDOUT6);
    // scored once: recall 0.772, precision 0.962, char F2 0.811, 2 of 32 PHI-free lines flagged;
    // after the sixth places round (tuned on it): 0.889, 0.976, 0.904 and 2; after the eighth
    // round, as the product detects: 0.909, 0.962, 0.930 and 2; after the seventh places round
    // (tuned on it): 0.966, 0.992, 0.963 and 1
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.96);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.985);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.955);
    assertThat(flagged).isLessThanOrEqualTo(1);
  }

  /**
   * The seventh held-out part: written by another outside author who read neither the engine, its
   * word lists nor holdout6, in 43 countries and 42 layouts of their own, while the sixth places
   * round was made; scored once at its end. <b>Development data since the eighth round</b>, which
   * printed and studied its errors (docs/engine.md), and of the seventh places round.
   */
  @Test
  void seventh_written_held_out_set_scores_above_its_floors() {
    var scored = score(WRITTEN_HOLDOUT7);
    int flagged = flaggedPhiFreeLines(WRITTEN_HOLDOUT7);
    // scored once: recall 0.843, precision 0.983, char F2 0.854, 1 of 30 PHI-free lines flagged
    // (0.791, 0.964, 0.809 and 2 at the session's start, 5a249f2); after the eighth round (tuned
    // on it, as the product detects): 0.868, 0.968, 0.885 and 1; after the seventh places round
    // (tuned on it): 0.961, 0.989, 0.960 and 1
    assertThat(scored.card().overall().recall()).isGreaterThanOrEqualTo(0.955);
    assertThat(scored.card().overall().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(scored.chars().f2()).isGreaterThanOrEqualTo(0.95);
    assertThat(flagged).isLessThanOrEqualTo(1);
  }

  /** The lines without PHI of one corpus that get a detection of any kind; prints the count. */
  private static int flaggedPhiFreeLines(String resource) {
    int negatives = 0;
    int flagged = 0;
    for (var example : LabelledCorpus.loadWithLineBreaks(resource)) {
      if (example.isNegative()) {
        negatives++;
        flagged += ProductDetection.detect(example.text()).isEmpty() ? 0 : 1;
      }
    }
    System.out.printf("PHI-free lines of %s flagged: %d of %d%n", resource, flagged, negatives);
    return flagged;
  }

  /** Lines without PHI in every corpus: the share with any detection stays at its level. */
  @Test
  void phi_free_lines_keep_their_false_positive_rate() {
    int negatives = 0;
    int flagged = 0;
    for (var resource :
        List.of(
            LabelledCorpus.VOICE,
            LabelledCorpus.WRITTEN,
            "holdout-voice.tsv",
            "holdout-written.tsv",
            VOICE_DEV,
            WRITTEN_DEV,
            WRITTEN_DEV2,
            WRITTEN_DEV3,
            WRITTEN_DEV4,
            WRITTEN_HOLDOUT3, // development data since the fifth round
            WRITTEN_HOLDOUT5)) {
      for (var example : LabelledCorpus.loadWithLineBreaks(resource)) {
        if (example.isNegative()) {
          negatives++;
          var found = ProductDetection.detect(example.text());
          if (!found.isEmpty()) {
            flagged++;
            System.out.println("flagged " + example.id() + " " + found);
          }
        }
      }
    }
    double rate = (double) flagged / negatives;
    System.out.printf("PHI-free lines flagged: %d of %d (%.3f)%n", flagged, negatives, rate);
    assertThat(rate).isLessThanOrEqualTo(0.009); // 1 of 286 when measured: one more is tolerated
  }
}
