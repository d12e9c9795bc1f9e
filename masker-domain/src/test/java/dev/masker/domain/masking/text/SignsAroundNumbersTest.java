package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignsAroundNumbersTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my member id is ^48213377 | my member id is  48213377",
        "call me at $555-867-0134 | call me at  555-867-0134",
        "ssn ~123-45-6789 | ssn  123-45-6789",
        "mrn: &48213377 | mrn:  48213377",
        "id @48213377 | id  48213377",
        "member +48213377 | member  48213377",
        "id <48213377> ok | id  48213377  ok",
        "id «48213377» ok | id  48213377  ok",
        "id _48213377_ ok | id  48213377  ok",
        "id •48213377 ok | id  48213377 ok",
        "id →48213377 ok | id  48213377 ok",
        "id ¿48213377? ok | id  48213377? ok",
      })
  void a_sign_glued_before_a_number_reads_as_a_blank(String text, String read) {
    assertThat(FoldedText.of(text).text()).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "the amount due is $1293.81",
        "a balance of $1,008 and a copay of $45",
        "call +44 7700 900123",
        "it cost $1000000.00",
        "x^2 and a*b",
      })
  void amounts_country_codes_and_signs_inside_words_stay(String text) {
    assertThat(FoldedText.of(text).text()).isEqualTo(text);
  }
}
