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
