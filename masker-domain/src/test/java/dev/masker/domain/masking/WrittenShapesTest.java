package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values written in shapes a client or a tired typist gives them, each of which went up in clear
 * before the sixteenth round: signs glued to a number, letters and digits typed for each other, a
 * social security number in slashes, a year with its apostrophe, a birth date in six digits.
 */
class WrittenShapesTest {
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my member id is ^48213377 | 48213377 | HEALTH_PLAN_ID",
        "my member id is <48213377> | 48213377 | HEALTH_PLAN_ID",
        "my member id is _48213377_ | 48213377 | HEALTH_PLAN_ID",
        "call me at $555-867-0134 | 555-867-0134 | PHONE",
        "call me at 555-867-0l34 | 555-867-0l34 | PHONE",
        "my ssn is ~123-45-6789 | 123-45-6789 | SSN",
        "my ssn is 123/45/6789 | 123/45/6789 | SSN",
        "my ssn is l23-45-6789 | l23-45-6789 | SSN",
        "born 8/19/'52 | 8/19/'52 | DOB",
        "dob 081952 | 081952 | DOB",
        "my name is Zelphine 0kafor | Zelphine 0kafor | NAME",
      })
  void the_value_is_masked_whole(String text, String value, EntityKind kind) {
    var masked = MASKER.mask("s-" + text.hashCode(), text).text();
    assertThat(masked).doesNotContain(value).contains("." + kind + ".");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the ndc on the bottle is 93289-0586-17 | 93289-0586-17",
        "the amount due is $1293.81 | 1293.81",
      })
  void a_drug_code_named_a_few_words_back_and_an_amount_stay(String text, String value) {
    assertThat(MASKER.mask("s-" + text.hashCode(), text).text()).contains(value);
  }
}
