package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LookalikeCharactersTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "call me at 555-867-0l34 | call me at 555-867-0134",
        "my ssn is l23-45-6789 | my ssn is 123-45-6789",
        "member 482I3377 | member 48213377",
        "mrn 4O21 | mrn 4021",
        "my name is Zelphine 0kafor | my name is Zelphine Okafor",
        "Quarrenda1e, Zelphine | Quarrendale, Zelphine",
      })
  void letters_typed_for_digits_inside_a_number_are_the_digits(String text, String read) {
    assertThat(FoldedText.of(text).text()).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "lo and behold",
        "the IO board",
        "a 20lb bag",
        "CO2 and b12",
        "O2 at 2l",
        "on the 1st and the 10th",
        "windows10 and covid19",
      })
  void words_units_and_codes_with_other_letters_stay(String text) {
    assertThat(FoldedText.of(text).text()).isEqualTo(text);
  }
}
