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
          syntynyt 11. marraskuuta 1955         | DOB [11. marraskuuta 1955] 1955-11-11
          nar. 11. července 1986                | DOB [11. července 1986] 1986-07-11
          născut(ă) la 23 aprilie 1958          | DOB [23 aprilie 1958] 1958-04-23
          출생 후 생년월일: 1962년 2월 11일               | DOB [1962년 2월 11일] 1962-02-11
          出生日期：1963年06月30日                      | DOB [1963年06月30日] 1963-06-30
          出生日期：民國82年8月25日                      | DOB [民國82年8月25日] 1993-08-25
          生年月日：昭和20年1月20日生                     | DOB [昭和20年1月20日] 1945-01-20
          受診日 2025年3月4日                         | DATE [2025年3月4日] 2025-03-04
          Data de naixement: 11 d'agost 2001    | DOB [11 d'agost 2001] 2001-08-11
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
        "5 mais 1985",
        "25年3月4日",
        "2025年13月4日"
      })
  void no_year_an_impossible_day_or_an_english_month_is_left_to_others(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
