package dev.masker.domain.masking.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.EntityRecognizer;
import dev.masker.domain.masking.LinearWork;
import dev.masker.domain.masking.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomPatternRecognizerTest {
  private static final CustomPattern MRN = new CustomPattern(EntityKind.MRN, "MRN[- ]?\\d{7}", 0.9);

  private final CustomPatternRecognizer recognizer = new CustomPatternRecognizer(List.of(MRN));

  @Test
  void a_tenant_record_number_is_found_with_the_kind_and_confidence_of_its_pattern() {
    var text = "the chart says MRN-1234567 for her";

    assertThat(recognizer.find(text))
        .containsExactly(new Detection(EntityKind.MRN, 15, 26, 0.9, Pass.REGEX, "MRN-1234567"));
    assertThat(recognizer.pass()).isEqualTo(Pass.REGEX);
  }

  @Test
  void a_lower_case_transcript_is_matched_too() {
    assertThat(recognizer.find("it's mrn 7654321 i think"))
        .extracting(Detection::canonical)
        .containsExactly("mrn 7654321");
  }

  @Test
  void surrounding_white_space_is_trimmed_from_span_and_canonical() {
    var padded =
        new CustomPatternRecognizer(
            List.of(new CustomPattern(EntityKind.OTHER_ID, "\\s?EMP\\d{5}\\s?", 0.7)));

    var found = padded.find("badge EMP12345 please");

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.canonical()).isEqualTo("EMP12345");
              assertThat(d.start()).isEqualTo(6);
              assertThat(d.end()).isEqualTo(14);
            });
  }

  @Test
  void every_pattern_of_the_policy_runs_and_every_match_is_reported() {
    var policy =
        ((PolicyParser.Parsed)
                PolicyParser.parse(
                    "name: p\nversion: 1\nkid: K\ncustom_patterns:\n"
                        + "  - {kind: MRN, pattern: 'MRN\\d{4}', confidence: 0.9}\n"
                        + "  - {kind: HEALTH_PLAN_ID, pattern: 'HP\\d{4}', confidence: 0.8}\n"))
            .policy();

    var found = CustomPatternRecognizer.of(policy).find("MRN1111 and HP2222 and MRN3333");

    assertThat(found)
        .extracting(Detection::kind, Detection::canonical)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(EntityKind.MRN, "MRN1111"),
            org.assertj.core.groups.Tuple.tuple(EntityKind.MRN, "MRN3333"),
            org.assertj.core.groups.Tuple.tuple(EntityKind.HEALTH_PLAN_ID, "HP2222"));
  }

  @Test
  void ordinary_speech_gives_nothing() {
    assertThat(recognizer.find("take two tablets twice a day, room 12, the year 2020")).isEmpty();
    assertThat(recognizer.find("")).isEmpty();
  }

  @Test
  void an_unsafe_pattern_cannot_be_built_and_the_refusal_does_not_quote_it() {
    assertThatThrownBy(() -> new CustomPattern(EntityKind.MRN, "(Secretperson+)+", 0.9))
        .isInstanceOf(InvalidValue.class)
        .hasMessageNotContaining("Secretperson");
  }

  @Test
  void a_pathological_text_is_searched_in_steps_linear_in_its_length() {
    // Accepted patterns with unbounded repeats: capped, so no position costs more than a bounded
    // amount of work.
    var greedy =
        new CustomPatternRecognizer(
            List.of(
                new CustomPattern(EntityKind.OTHER_ID, "[a-z@]+@[a-z]+\\.org", 0.8),
                new CustomPattern(EntityKind.ACCOUNT, "ACC\\d+X", 0.8),
                new CustomPattern(EntityKind.MRN, "(MRN|MR)?[ -]?\\d{1,9}Z", 0.8)));
    var inputs = List.of("a@", "1 ", "1", "a", "five ", "MRN ", "ACC1");

    for (var unit : inputs) {
      LinearWork.assertLinear(
          unit,
          unit.repeat(10_000 / unit.length()),
          unit.repeat(100_000 / unit.length()),
          greedy::find);
    }
  }

  @Test
  void a_text_built_against_an_accepted_pattern_fails_the_masking_closed_and_fast() {
    // Two adjacent capped repeats of overlapping classes: thousands of steps per position on a
    // long run of dots. The budget stops it; masking fails closed instead of taking seconds.
    var overlapping =
        new CustomPatternRecognizer(
            List.of(new CustomPattern(EntityKind.OTHER_ID, "[a-z.]+\\.[a-z.]+x", 0.8)));
    var dots = ".".repeat(100_000);

    long steps =
        LinearWork.steps(
            () ->
                assertThatThrownBy(() -> overlapping.find(dots))
                    .isInstanceOf(EntityRecognizer.RecognizerUnavailable.class));

    // Without the budget this search reads the text thousands of times over (seconds); with it,
    // it stops at the budget: a bounded number of reads per char of text.
    long budget =
        (long) CustomPatternRecognizer.STEPS_PER_CHAR * dots.length()
            + CustomPatternRecognizer.BASE_STEPS;
    assertThat(steps).isBetween(budget - 1, budget);
    assertThat(overlapping.find("see a.b.x here")).hasSize(1);
  }
}
