package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryDatesTest {
  private static boolean expiry(String text, String date, EntityKind kind) {
    int start = text.indexOf(date);
    return ExpiryDates.of(
        text, new Detection(kind, start, start + date.length(), 0.9, Pass.REGEX, date));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the lot number on the box is v e two nine and it expires march 2026 | march 2026 | true",
        "the expiry date on the test strips is november twenty twenty seven | november twenty"
            + " twenty seven | true",
        "my card expired so i came on march third twenty twenty six | march third twenty twenty"
            + " six | false",
        "it expires soon. my visit was june 4 2026 | june 4 2026 | false",
      })
  void a_date_in_the_clause_of_an_expiry_word_is_a_thing_s_date(
      String text, String date, boolean expiry) {
    assertThat(expiry(text, date, EntityKind.DATE)).isEqualTo(expiry);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"my licence expires on my birthday march 3 1961 | march 3 1961"})
  void a_date_of_birth_is_never_an_expiry_date(String text, String date) {
    assertThat(expiry(text, date, EntityKind.DOB)).isFalse();
  }
}
