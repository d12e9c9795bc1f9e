package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// 219-09-9999 is the number the SSA printed in its own advertising (never validly issued to a
// person); 078-05-1120 is the Woolworth wallet-card number.
class SsnRecognizerTest {
  private final SsnRecognizer recognizer = new SsnRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SSN 219-09-9999                          | SSN [219-09-9999] 219099999
          it is 078-05-1120.                       | SSN [078-05-1120] 078051120
          my social is 219099999                   | SSN [219099999] 219099999
          social security number 219 09 9999       | SSN [219 09 9999] 219099999
          ssn: 219 - 09 - 9999                     | SSN [219 - 09 - 9999] 219099999
          """)
  void a_social_security_number_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @Test
  void a_cue_makes_a_dashed_number_surer() {
    assertThat(Found.only(recognizer, "ssn 219-09-9999").confidence())
        .isGreaterThan(Found.only(recognizer, "219-09-9999").confidence());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000-12-3456",
        "666-12-3456 is the part",
        "ref 900-12-3456",
        "219-00-9999",
        "order 219-09-0000",
        "order 219099999 shipped",
        "the 219 09 9999 batch",
        "219-09-99999",
        "1219-09-9999"
      })
  void never_issued_ranges_and_uncued_digit_runs_are_not_ssns(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SSN 000-12-3456",
        "SSN 666-12-3456",
        "my ssn is 912-34-5678",
        "SSN 219-00-9999",
        "social security number 219 09 0000",
        "ssn: 912345678"
      })
  void a_number_outside_the_issued_ranges_right_after_a_cue_is_an_ssn_less_surely(String text) {
    var found = Found.only(recognizer, text);

    assertThat(found.kind()).isEqualTo(EntityKind.SSN);
    assertThat(found.confidence()).isEqualTo(CueOverValidator.CONFIDENCE);
  }

  @Test
  void a_cue_far_before_an_invalid_number_does_not_vouch_for_it() {
    assertThat(Found.in(recognizer, "my ssn is on file but the order code was 666-12-3456 anyway"))
        .isEmpty();
  }
}
