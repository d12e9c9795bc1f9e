package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SpanResolverTest {
  private static Detection d(EntityKind kind, int start, int end, double confidence) {
    return new Detection(kind, start, end, confidence, Pass.REGEX, "x");
  }

  @Test
  void covering_keeps_what_a_loser_covered_that_no_winner_does() {
    var text = "id xjh-100 000 000 end";
    var id = d(EntityKind.HEALTH_PLAN_ID, 3, 18, 0.85);
    var piece = d(EntityKind.MRN, 7, 14, 0.88);

    var resolved = SpanResolver.resolveCovering(List.of(id, piece), text);

    assertThat(resolved)
        .extracting(Detection::start, Detection::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, 6),
            org.assertj.core.groups.Tuple.tuple(7, 14),
            org.assertj.core.groups.Tuple.tuple(15, 18));
  }

  @Test
  void an_address_holding_another_address_wins_whole() {
    var text = "Street: 14 Elm Row, Flat 25";
    var labelled = d(EntityKind.ADDRESS, 8, 27, 0.85); // "14 Elm Row, Flat 25" under its label
    var street = d(EntityKind.ADDRESS, 8, 18, 0.9); // "14 Elm Row" by its words

    assertThat(SpanResolver.resolveCovering(List.of(labelled, street), text))
        .extracting(Detection::start, Detection::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8, 27));
    assertThat(SpanResolver.resolve(List.of(street, labelled)))
        .extracting(Detection::start, Detection::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8, 27));
  }

  @Test
  void a_name_holding_an_address_does_not_win_by_it() {
    var name = d(EntityKind.NAME, 0, 20, 0.6);
    var street = d(EntityKind.ADDRESS, 5, 15, 0.9);

    assertThat(SpanResolver.resolve(List.of(name, street)))
        .extracting(Detection::kind)
        .containsExactly(EntityKind.ADDRESS);
  }

  @Property
  void covering_never_overlaps_and_leaves_no_letter_or_digit_of_any_detection_uncovered(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 40) Integer> starts,
      @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 12) Integer> lengths) {
    var text = "abcdefghij".repeat(6);
    var detections = new ArrayList<Detection>();
    for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
      detections.add(
          d(
              EntityKind.values()[i % 5],
              starts.get(i),
              starts.get(i) + lengths.get(i),
              0.5 + i % 4 * 0.1));
    }

    var resolved = SpanResolver.resolveCovering(detections, text);

    for (int i = 1; i < resolved.size(); i++) {
      assertThat(resolved.get(i).start()).isGreaterThanOrEqualTo(resolved.get(i - 1).end());
    }
    for (var detection : detections) {
      for (int at = detection.start(); at < detection.end(); at++) {
        int position = at;
        assertThat(resolved)
            .anySatisfy(r -> assertThat(position).isBetween(r.start(), r.end() - 1));
      }
    }
  }

  @Test
  void longest_first_lets_a_whole_value_beat_a_more_confident_piece_of_it() {
    var whole = d(EntityKind.HEALTH_PLAN_ID, 0, 12, 0.85);
    var piece = d(EntityKind.MRN, 3, 10, 0.88);

    assertThat(SpanResolver.resolveLongestFirst(List.of(piece, whole))).containsExactly(whole);
    assertThat(SpanResolver.resolve(List.of(piece, whole))).containsExactly(piece);
  }

  @Test
  void the_more_confident_detection_wins_an_overlap() {
    var phone = d(EntityKind.PHONE, 10, 24, 0.9);
    var account = d(EntityKind.ACCOUNT, 10, 30, 0.7);

    assertThat(SpanResolver.resolve(List.of(account, phone))).containsExactly(phone);
  }

  @Test
  void at_equal_confidence_the_longer_span_wins() {
    var shortDate = d(EntityKind.DATE, 5, 12, 0.8);
    var longDate = d(EntityKind.DATE, 0, 20, 0.8);

    assertThat(SpanResolver.resolve(List.of(shortDate, longDate))).containsExactly(longDate);
  }

  @Test
  void at_equal_confidence_and_length_the_more_specific_kind_wins() {
    var date = d(EntityKind.DATE, 0, 10, 0.8);
    var dob = d(EntityKind.DOB, 0, 10, 0.8);
    var phone = d(EntityKind.PHONE, 20, 30, 0.8);
    var fax = d(EntityKind.FAX, 20, 30, 0.8);

    assertThat(SpanResolver.resolve(List.of(date, dob, phone, fax))).containsExactly(dob, fax);
  }

  @Test
  void detections_that_do_not_overlap_all_survive_in_text_order() {
    var name = d(EntityKind.NAME, 0, 5, 0.7);
    var touching = d(EntityKind.PHONE, 5, 15, 0.9);
    var later = d(EntityKind.EMAIL, 40, 50, 0.95);

    assertThat(SpanResolver.resolve(List.of(later, touching, name)))
        .containsExactly(name, touching, later);
  }

  @Test
  void a_lower_ranked_span_bridging_two_winners_is_dropped() {
    var left = d(EntityKind.NAME, 0, 10, 0.9);
    var right = d(EntityKind.NAME, 20, 30, 0.9);
    var bridge = d(EntityKind.ADDRESS, 5, 25, 0.8);

    assertThat(SpanResolver.resolve(List.of(bridge, left, right))).containsExactly(left, right);
  }

  @Property
  void winners_never_overlap_and_every_loser_overlaps_a_better_winner(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 200) Integer> starts,
      @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 30) Integer> lengths,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 100) Integer> confidences) {
    var detections = new ArrayList<Detection>();
    int n = Math.min(starts.size(), Math.min(lengths.size(), confidences.size()));
    for (int i = 0; i < n; i++) {
      detections.add(
          d(
              EntityKind.values()[i % EntityKind.values().length],
              starts.get(i),
              starts.get(i) + lengths.get(i),
              confidences.get(i) / 100.0));
    }

    var winners = SpanResolver.resolve(detections);

    for (int i = 1; i < winners.size(); i++) {
      assertThat(winners.get(i - 1).end()).isLessThanOrEqualTo(winners.get(i).start());
    }
    for (var detection : detections) {
      if (!winners.contains(detection)) {
        assertThat(winners)
            .anyMatch(w -> w.overlaps(detection) && w.confidence() >= detection.confidence());
      }
    }
  }
}
