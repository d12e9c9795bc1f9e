package dev.masker.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A long number glued to a word is also read with a space between. */
class GluedNumbersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ref caller-6175550142 | ref caller 6175550142",
        "ref caller.6175550142 | ref caller 6175550142",
        "p6175550142 | p 6175550142",
        "callback6175550142x12 | callback 6175550142 x12",
        "chart mrn-73820516-a | chart mrn 73820516 a",
        "tel#6175550142 and fax/6175550199 | tel 6175550142 and fax 6175550199"
      })
  void the_number_gets_its_word_edge(String text, String read) {
    assertThat(GluedNumbers.of(text)).isEqualTo(read);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my number is 617 555 0142",
        "6175550142 alone",
        "v2 and 123456 short",
        "the digest 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "+16175550142",
        ""
      })
  void texts_with_no_glued_long_number_are_not_read_again(String text) {
    assertThat(GluedNumbers.of(text)).isNull();
  }
}
