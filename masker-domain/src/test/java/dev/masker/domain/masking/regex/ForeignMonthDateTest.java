package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignMonthDateTest {
  private final ForeignMonthDate recognizer = new ForeignMonthDate();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Né le 5 mai 1985                      | DOB [5 mai 1985] 1985-05-05
          Data urodzenia: 5 maja 1985           | DOB [5 maja 1985] 1985-05-05
          Seen on 14. März 2023                 | DATE [14. März 2023] 2023-03-14
          Ingreso el 3 de mayo de 2019.         | DATE [3 de mayo de 2019] 2019-05-03
          Ricoverato il 12 maggio 2020          | DATE [12 maggio 2020] 2020-05-12
          Opname op 1 januari 2021.             | DATE [1 januari 2021] 2021-01-01
          """)
  void a_date_with_a_month_of_another_language_and_a_year_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "le 5 mai",
        "31 février 2020",
        "12 March 2020",
        "vers 5 mai ou juin",
        "5 mais 1985"
      })
  void no_year_an_impossible_day_or_an_english_month_is_left_to_others(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
