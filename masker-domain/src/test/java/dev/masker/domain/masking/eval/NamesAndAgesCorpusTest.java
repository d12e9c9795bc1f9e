package dev.masker.domain.masking.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The NAME and AGE corpora of issue 11 (docs/evaluation-corpus.md, "Names and ages"): voice turns
 * and written text with names without cues, rare surnames after titles, relatives, particles,
 * hyphens, initials, possessives, lists, bylines and ages over 89. Only NAME and AGE are labelled
 * there, so only predictions of those kinds are scored. Each part fails below a floor a little
 * under its measured score (docs/engine.md, "Names and ages (issue 11)").
 *
 * <p>Run with {@code -Dnames.debug=true} to print the misses and false positives of the development
 * parts with their text (the values are invented).
 */
class NamesAndAgesCorpusTest {
  static final String VOICE_DEV = "names-voice-dev.tsv";
  static final String VOICE_HOLDOUT = "names-voice-holdout.tsv";
  static final String WRITTEN_DEV = "names-written-dev.tsv";
  static final String WRITTEN_HOLDOUT = "names-written-holdout.tsv";
  static final String VOICE_HOLDOUT2 = "names-voice-holdout2.tsv";
  static final String WRITTEN_HOLDOUT2 = "names-written-holdout2.tsv";
  static final String VOICE_DEV2 = "names-voice-dev2.tsv";
  static final String VOICE_HOLDOUT3 = "names-voice-holdout3.tsv";
  static final String VOICE_DEV3 = "names-voice-dev3.tsv";
  static final String VOICE_HOLDOUT4 = "names-voice-holdout4.tsv";
  static final String VOICE_DEV4 = "names-voice-dev4.tsv";
  static final String VOICE_HOLDOUT5 = "names-voice-holdout5.tsv";
  static final String VOICE_HOLDOUT6 = "names-voice-holdout6.tsv";
  static final String VOICE_HOLDOUT7 = "names-voice-holdout7.tsv";

  /**
   * PHI-free lines of dev2, holdout3, dev3, holdout4, dev4 and holdout5 allowed a detection
   * (docs/engine.md).
   */
  private static final int LIMIT_SECOND_PARTS = 0;

  /**
   * Floors of holdout6: scored once at recall 0.904, precision 0.990, 1 of 27 PHI-free lines
   * flagged (0.772, 0.989 and 1 before the sixth round); its errors were then printed and studied,
   * so it is development data since the seventh round (0.982 after it; docs/engine.md).
   */
  private static final double HOLDOUT6_RECALL = 0.97;

  private static final double HOLDOUT6_PRECISION = 0.97;
  private static final int HOLDOUT6_FLAGGED = 0;

  private static final Set<EntityKind> SCORED = Set.of(EntityKind.NAME, EntityKind.AGE);

  /** Span scores and character-level scores of one corpus. */
  record Result(Scorecard card, double charPrecision, double charRecall) {
    double charF2() {
      double p = charPrecision;
      double r = charRecall;
      return p + r == 0 ? 0 : 5 * p * r / (4 * p + r);
    }

    String line(String name) {
      var overall = card.overall();
      return String.format(
          "%-26s span P %.3f R %.3f F1 %.3f | char P %.3f R %.3f F2 %.3f | gold %d%n",
          name,
          overall.precision(),
          overall.recall(),
          overall.f1(),
          charPrecision,
          charRecall,
          charF2(),
          overall.gold());
    }
  }

  static List<Detection> scoredDetections(String text) {
    return ProductDetection.detect(text).stream().filter(d -> SCORED.contains(d.kind())).toList();
  }

  static Result score(String resource) {
    var scorer = new Scorer();
    long goldChars = 0;
    long predictedChars = 0;
    long overlapChars = 0;
    boolean debug =
        Boolean.getBoolean("names.debug") && resource.contains("-dev")
            || Boolean.getBoolean("names.debug.holdout");
    for (var example : LabelledCorpus.load(resource)) {
      var predicted = scoredDetections(example.text());
      scorer.add(example, predicted);
      int length = example.text().length();
      var gold = new boolean[length];
      var masked = new boolean[length];
      for (var entity : example.entities()) {
        for (int c = entity.start(); c < entity.end(); c++) {
          gold[c] = true;
        }
      }
      for (var detection : predicted) {
        for (int c = detection.start(); c < detection.end(); c++) {
          masked[c] = true;
        }
      }
      for (int c = 0; c < length; c++) {
        goldChars += gold[c] ? 1 : 0;
        predictedChars += masked[c] ? 1 : 0;
        overlapChars += gold[c] && masked[c] ? 1 : 0;
      }
      if (debug) {
        printErrors(example, predicted);
      }
    }
    double precision = predictedChars == 0 ? 1 : (double) overlapChars / predictedChars;
    double recall = goldChars == 0 ? 1 : (double) overlapChars / goldChars;
    return new Result(scorer.scorecard(), precision, recall);
  }

  private static void printErrors(Example example, List<Detection> predicted) {
    var one = new Scorer().add(example, predicted).scorecard();
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

  /** While tuning ({@code -Dnames.debug=true}) the held-out figures stay hidden. */
  private static void print(String dev, String holdout) {
    System.out.print(Boolean.getBoolean("names.debug") ? dev : dev + holdout);
  }

  @Test
  void the_voice_parts_score_above_their_floors() {
    var dev = score(VOICE_DEV);
    var holdout = score(VOICE_HOLDOUT);
    var holdout2 = score(VOICE_HOLDOUT2);
    print(
        dev.line("names voice dev"),
        holdout.line("names voice holdout") + holdout2.line("names voice holdout2"));

    assertThat(dev.card().overall().recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(dev.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(holdout.card().overall().recall()).isGreaterThanOrEqualTo(0.94);
    assertThat(holdout.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(holdout2.card().overall().recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(holdout2.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
  }

  /**
   * The voice classes still open after holdout2: ordinary-word surnames after a title before a
   * function word, a naming cue a few words before the name, spoken ages over 89 of other shapes. A
   * second development part, and a third held-out part written before the changes it measures.
   */
  @Test
  void the_second_voice_parts_score_above_their_floors() {
    var dev2 = score(VOICE_DEV2);
    var holdout3 = score(VOICE_HOLDOUT3);
    print(dev2.line("names voice dev2"), holdout3.line("names voice holdout3"));

    assertThat(dev2.card().overall().recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(dev2.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(holdout3.card().overall().recall()).isGreaterThanOrEqualTo(0.96);
    assertThat(holdout3.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
  }

  /**
   * The voice-name classes open after holdout3: known first names before ordinary-word surnames,
   * naming cues ("in the name of", "registered under"), relatives and roles, spelled confirmations,
   * answers to a surname question, particles, apostrophe and hyphen names as speech-to-text writes
   * them. A third development part, and a fourth held-out part written and committed before the
   * changes it measures, scored once after them.
   */
  @Test
  void the_third_voice_parts_score_above_their_floors() {
    var dev3 = score(VOICE_DEV3);
    var holdout4 = score(VOICE_HOLDOUT4);
    print(dev3.line("names voice dev3"), holdout4.line("names voice holdout4"));

    assertThat(dev3.card().overall().recall()).isGreaterThanOrEqualTo(0.94);
    assertThat(dev3.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(holdout4.card().overall().recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(holdout4.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
  }

  /**
   * Speech as people talk it: fillers, repeated words, corrections, names mid-sentence and at the
   * end of a turn, two people in a turn, names said twice. A fourth development part, and a fifth
   * held-out part composed by another scheme, committed before the changes, scored once after them.
   * Since the sixth round (words no dictionary has) holdout3, holdout4 and holdout5 are development
   * data: their errors were read; the fresh held-out part is holdout6.
   */
  @Test
  void the_fourth_voice_parts_score_above_their_floors() {
    var dev4 = score(VOICE_DEV4);
    var holdout5 = score(VOICE_HOLDOUT5);
    print(dev4.line("names voice dev4"), holdout5.line("names voice holdout5"));

    assertThat(dev4.card().overall().recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(dev4.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(holdout5.card().overall().recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(holdout5.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
  }

  /**
   * The sixth held-out part: written by an author who read neither the engine nor its word lists,
   * in shapes of their own, committed before the sixth round (words no dictionary has) and scored
   * once after it. Development data since the seventh round, which printed its errors.
   */
  @Test
  void the_sixth_voice_holdout_scores_above_its_floor() {
    var holdout6 = score(VOICE_HOLDOUT6);
    int flagged = flaggedPhiFreeLines(VOICE_HOLDOUT6);
    System.out.print(holdout6.line("names voice holdout6"));

    assertThat(holdout6.card().overall().recall()).isGreaterThanOrEqualTo(HOLDOUT6_RECALL);
    assertThat(holdout6.card().overall().precision()).isGreaterThanOrEqualTo(HOLDOUT6_PRECISION);
    assertThat(flagged).isLessThanOrEqualTo(HOLDOUT6_FLAGGED);
  }

  /**
   * The seventh held-out part: written by another outside author who read neither the engine, its
   * word lists nor holdout6, while the seventh round was made; scored once at its end. Development
   * data since the eighth round, which printed its errors (docs/engine.md).
   */
  @Test
  void the_seventh_voice_holdout_scores_above_its_floor() {
    var holdout7 = score(VOICE_HOLDOUT7);
    int flagged = flaggedPhiFreeLines(VOICE_HOLDOUT7);
    System.out.print(holdout7.line("names voice holdout7"));

    // scored once: recall 0.915, precision 0.982, 0 of 27 PHI-free lines flagged (0.805, 0.990
    // and 1 at the session's start, 5a249f2); 0.992, 1.000 and 0 after the eighth round, tuned on
    // it
    assertThat(holdout7.card().overall().recall()).isGreaterThanOrEqualTo(0.97);
    assertThat(holdout7.card().overall().precision()).isGreaterThanOrEqualTo(0.97);
    assertThat(flagged).isZero();
  }

  /** The lines without PHI of one corpus that get a detection of any kind; prints the count. */
  private static int flaggedPhiFreeLines(String resource) {
    int negatives = 0;
    int flagged = 0;
    for (var example : LabelledCorpus.load(resource)) {
      if (example.isNegative()) {
        negatives++;
        flagged += ProductDetection.detect(example.text()).isEmpty() ? 0 : 1;
      }
    }
    System.out.printf(
        "PHI-free lines of %s with a detection: %d of %d%n", resource, flagged, negatives);
    return flagged;
  }

  @Test
  void the_written_parts_score_above_their_floors() {
    var dev = score(WRITTEN_DEV);
    var holdout = score(WRITTEN_HOLDOUT);
    var holdout2 = score(WRITTEN_HOLDOUT2);
    print(
        dev.line("names written dev"),
        holdout.line("names written holdout") + holdout2.line("names written holdout2"));

    assertThat(dev.card().overall().recall()).isGreaterThanOrEqualTo(0.89);
    assertThat(dev.card().overall().precision()).isGreaterThanOrEqualTo(0.96);
    assertThat(dev.charF2()).isGreaterThanOrEqualTo(0.92);
    assertThat(holdout.card().overall().recall()).isGreaterThanOrEqualTo(0.91);
    assertThat(holdout.card().overall().precision()).isGreaterThanOrEqualTo(0.96);
    assertThat(holdout.charF2()).isGreaterThanOrEqualTo(0.93);
    assertThat(holdout2.card().overall().recall()).isGreaterThanOrEqualTo(0.94);
    assertThat(holdout2.card().overall().precision()).isGreaterThanOrEqualTo(0.96);
    assertThat(holdout2.charF2()).isGreaterThanOrEqualTo(0.94);
  }

  /**
   * The lines without PHI of every labelled corpus (the first corpus, the held-out one and these):
   * how many of them get any detection, of any kind.
   */
  @Test
  void lines_without_phi_stay_clean() {
    int negatives = 0;
    int flagged = 0;
    for (var resource :
        List.of(
            LabelledCorpus.VOICE,
            LabelledCorpus.WRITTEN,
            HoldoutCorpusTest.HOLDOUT_VOICE,
            HoldoutCorpusTest.HOLDOUT_WRITTEN,
            VOICE_DEV,
            WRITTEN_DEV,
            VOICE_HOLDOUT,
            WRITTEN_HOLDOUT,
            VOICE_HOLDOUT2,
            WRITTEN_HOLDOUT2)) {
      for (var example : LabelledCorpus.load(resource)) {
        if (example.isNegative()) {
          negatives++;
          if (!ProductDetection.detect(example.text()).isEmpty()) {
            flagged++;
            if (Boolean.getBoolean("names.debug")) {
              System.out.println("PHI-free line flagged: " + example.id() + " " + example.text());
            }
          }
        }
      }
    }
    System.out.printf("PHI-free lines with a detection: %d of %d%n", flagged, negatives);
    // 4 of 303 before the issue 11 changes and after them (docs/engine.md).
    assertThat(flagged).isLessThanOrEqualTo(4);
  }

  /**
   * The lines without PHI of the second and third voice parts, written around the cues they test.
   */
  @Test
  void lines_without_phi_of_the_second_voice_parts_stay_clean() {
    int negatives = 0;
    int flagged = 0;
    for (var resource :
        List.of(
            VOICE_DEV2, VOICE_HOLDOUT3, VOICE_DEV3, VOICE_HOLDOUT4, VOICE_DEV4, VOICE_HOLDOUT5)) {
      for (var example : LabelledCorpus.load(resource)) {
        if (example.isNegative()) {
          negatives++;
          flagged += ProductDetection.detect(example.text()).isEmpty() ? 0 : 1;
        }
      }
    }
    System.out.printf(
        "PHI-free lines of dev2/holdout3/dev3/holdout4/dev4/holdout5 with a detection: %d of %d%n",
        flagged, negatives);
    assertThat(flagged).isLessThanOrEqualTo(LIMIT_SECOND_PARTS);
  }
}
