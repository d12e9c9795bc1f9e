package dev.masker.domain.masking.eval;

import static dev.masker.domain.masking.EntityKind.DATE;
import static dev.masker.domain.masking.EntityKind.DOB;
import static dev.masker.domain.masking.EntityKind.EMAIL;
import static dev.masker.domain.masking.EntityKind.FAX;
import static dev.masker.domain.masking.EntityKind.NAME;
import static dev.masker.domain.masking.EntityKind.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static GoldEntity gold(EntityKind kind, int start, int end) {
    return new GoldEntity(kind, start, end);
  }

  private static Detection found(EntityKind kind, int start, int end) {
    return new Detection(kind, start, end, 0.9, Pass.REGEX, "x");
  }

  private static Scorecard score(List<GoldEntity> gold, List<Detection> predicted) {
    return new Scorer().add("e1", gold, predicted).scorecard();
  }

  @Test
  void an_exact_match_is_a_true_positive() {
    var card = score(List.of(gold(PHONE, 10, 22)), List.of(found(PHONE, 10, 22)));

    assertThat(card.counts(PHONE)).isEqualTo(new Counts(1, 0, 0));
    assertThat(card.counts(PHONE).f1()).isEqualTo(1.0);
    assertThat(card.missed()).isEmpty();
    assertThat(card.spurious()).isEmpty();
  }

  @Test
  void a_prediction_sharing_at_least_half_of_the_longer_span_matches() {
    // gold 0..10, prediction 5..12: overlap 5, longer 10 -> exactly half, a match
    assertThat(score(List.of(gold(NAME, 0, 10)), List.of(found(NAME, 5, 12))).counts(NAME))
        .isEqualTo(new Counts(1, 0, 0));
    // a prediction that swallows the cue words: gold 8..19, prediction 0..19 shares 11 of 19
    assertThat(score(List.of(gold(NAME, 8, 19)), List.of(found(NAME, 0, 19))).counts(NAME))
        .isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void a_prediction_sharing_less_than_half_is_a_false_positive_and_a_miss() {
    // gold 0..10, prediction 6..12: overlap 4 of 10
    var card = score(List.of(gold(NAME, 0, 10)), List.of(found(NAME, 6, 12)));

    assertThat(card.counts(NAME)).isEqualTo(new Counts(0, 1, 1));
    assertThat(card.missed()).containsExactly(new ScoredSpan("e1", NAME, 0, 10));
    assertThat(card.spurious()).containsExactly(new ScoredSpan("e1", NAME, 6, 12));
  }

  @Test
  void a_long_prediction_covering_a_short_value_does_not_match() {
    // a 4-char name inside a 20-char prediction: overlap 4 of 20
    assertThat(score(List.of(gold(NAME, 10, 14)), List.of(found(NAME, 0, 20))).counts(NAME))
        .isEqualTo(new Counts(0, 1, 1));
  }

  @Test
  void touching_spans_do_not_overlap() {
    assertThat(score(List.of(gold(NAME, 0, 2)), List.of(found(NAME, 2, 4))).counts(NAME))
        .isEqualTo(new Counts(0, 1, 1));
  }

  @Test
  void a_value_found_twice_counts_once_and_the_duplicate_is_a_false_positive() {
    var card =
        score(List.of(gold(EMAIL, 3, 20)), List.of(found(EMAIL, 3, 20), found(EMAIL, 3, 20)));

    assertThat(card.counts(EMAIL)).isEqualTo(new Counts(1, 1, 0));
    assertThat(card.counts(EMAIL).precision()).isEqualTo(0.5);
  }

  @Test
  void one_prediction_cannot_match_two_values() {
    var card = score(List.of(gold(NAME, 0, 4), gold(NAME, 5, 9)), List.of(found(NAME, 0, 4)));

    assertThat(card.counts(NAME)).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void the_pairing_finds_the_most_matches_not_the_first() {
    // gold A 0..4 and B 4..8; prediction P1 2..6 fits both, P2 0..3 fits only A.
    // Pairing A with P1 first would leave B alone; the best pairing is A-P2, B-P1.
    var card =
        score(
            List.of(gold(NAME, 0, 4), gold(NAME, 4, 8)),
            List.of(found(NAME, 2, 6), found(NAME, 0, 3)));

    assertThat(card.counts(NAME)).isEqualTo(new Counts(2, 0, 0));
  }

  @Test
  void a_right_span_with_an_unrelated_kind_is_a_false_positive_and_a_miss() {
    var card = score(List.of(gold(EMAIL, 0, 10)), List.of(found(NAME, 0, 10)));

    assertThat(card.counts(EMAIL)).isEqualTo(new Counts(0, 0, 1));
    assertThat(card.counts(NAME)).isEqualTo(new Counts(0, 1, 0));
    assertThat(card.confusions()).isEmpty();
    assertThat(card.coveredAnyKind()).isEqualTo(1.0);
  }

  @Test
  void a_birth_date_found_as_a_plain_date_is_listed_as_a_kind_confusion() {
    var card = score(List.of(gold(DOB, 4, 14)), List.of(found(DATE, 4, 14)));

    assertThat(card.counts(DOB)).isEqualTo(new Counts(0, 0, 1));
    assertThat(card.counts(DATE)).isEqualTo(new Counts(0, 1, 0));
    assertThat(card.confusions()).containsExactly(new KindConfusion("e1", DOB, DATE, 4, 14));
    assertThat(card.table()).contains("DOB found as DATE x1");
  }

  @Test
  void a_phone_found_where_a_fax_was_labelled_and_the_reverse_are_confusions() {
    var card =
        new Scorer()
            .add("a", List.of(gold(FAX, 0, 12)), List.of(found(PHONE, 0, 12)))
            .add("b", List.of(gold(PHONE, 0, 12)), List.of(found(FAX, 1, 12)))
            .scorecard();

    assertThat(card.confusions())
        .containsExactly(
            new KindConfusion("a", FAX, PHONE, 0, 12), new KindConfusion("b", PHONE, FAX, 0, 12));
    assertThat(card.overall()).isEqualTo(new Counts(0, 2, 2));
  }

  @Test
  void nothing_labelled_and_nothing_found_scores_without_dividing_by_zero() {
    var card = score(List.of(), List.of());

    assertThat(card.overall()).isEqualTo(Counts.NONE);
    assertThat(card.overall().precision()).isEqualTo(1.0);
    assertThat(card.overall().recall()).isEqualTo(1.0);
    assertThat(card.overall().f1()).isEqualTo(1.0);
    assertThat(card.coveredAnyKind()).isEqualTo(1.0);
    assertThat(card.table()).doesNotContain("NaN");
    assertThat(new Scorer().scorecard().examples()).isZero();
  }

  @Test
  void finding_nothing_gives_zero_recall_and_zero_f1() {
    var counts = score(List.of(gold(PHONE, 0, 8)), List.of()).counts(PHONE);

    assertThat(counts.precision()).isEqualTo(1.0);
    assertThat(counts.recall()).isZero();
    assertThat(counts.f1()).isZero();
  }

  @Test
  void a_false_alarm_on_a_negative_example_lowers_precision_only() {
    var counts = score(List.of(), List.of(found(NAME, 0, 4))).counts(NAME);

    assertThat(counts.precision()).isZero();
    assertThat(counts.recall()).isEqualTo(1.0);
    assertThat(counts.f1()).isZero();
  }

  @Test
  void the_overall_score_is_the_micro_average_over_all_kinds() {
    var card =
        new Scorer()
            .add("a", List.of(gold(PHONE, 0, 8), gold(NAME, 10, 14)), List.of(found(PHONE, 0, 8)))
            .add("b", List.of(gold(NAME, 0, 4)), List.of(found(NAME, 0, 4), found(EMAIL, 6, 9)))
            .scorecard();

    assertThat(card.overall()).isEqualTo(new Counts(2, 1, 1));
    assertThat(card.overall().precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(card.overall().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(card.examples()).isEqualTo(2);
  }

  @Test
  void the_table_has_a_row_per_kind_seen_and_a_micro_row_and_no_values() {
    var example = LabelledCorpus.parseLine("t", 1, "x1\tcall [[PHONE|555-0101]] [[NAME|Ana]]");
    var table = new Scorer().add(example, List.of(found(PHONE, 5, 13))).scorecard().table();

    assertThat(table)
        .contains("PHONE", "NAME", "micro (all)", "precision", "recall", "f1")
        .doesNotContain("555-0101", "Ana", "EMAIL")
        .contains("gold values covered by a prediction of any kind: 1/2");
  }
}
