package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRecognizerTest {
  private final DateRecognizer recognizer = new DateRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          seen on 3/3/82 last                  | DATE [3/3/82] 1982-03-03
          seen on 03-03-1982                   | DATE [03-03-1982] 1982-03-03
          visit 1982-03-03 noted               | DATE [1982-03-03] 1982-03-03
          Felvétel: 1982.03.03                 | DATE [1982.03.03] 1982-03-03
          on March 3, 1982 we met              | DATE [March 3, 1982] 1982-03-03
          on 3 March 1982                      | DATE [3 March 1982] 1982-03-03
          on mar 3rd 1982                      | DATE [mar 3rd 1982] 1982-03-03
          the 3rd of March 1982                | DATE [3rd of March 1982] 1982-03-03
          dob: 14-MAR-1961                     | DOB [14-MAR-1961] 1961-03-14
          seen 14/Mar/1961                     | DATE [14/Mar/1961] 1961-03-14
          on 13/03/1982                        | DATE [13/03/1982] 1982-03-13
          leap day 2/29/2020                   | DATE [2/29/2020] 2020-02-29
          see you March 3rd                    | DATE [March 3rd] march 3rd
          since Sept. 2019                     | DATE [Sept. 2019] sept. 2019
          in december 2019                     | DATE [december 2019] december 2019
          see you on 11/04 then                | DATE [11/04] 11/04
          pain since 3/15                      | DATE [3/15] 3/15
          """)
  void a_written_date_is_found_with_its_iso_form_when_complete(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @Test
  void every_written_form_of_one_day_has_one_canonical_form() {
    for (var text :
        new String[] {"3/3/82", "03/03/1982", "1982-03-03", "March 3rd, 1982", "03-Mar-1982"}) {
      assertThat(Found.only(recognizer, text).canonical()).isEqualTo("1982-03-03");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DOB: 03/03/1982                          | DOB [03/03/1982] 1982-03-03
          she was born on March 3, 1982            | DOB [March 3, 1982] 1982-03-03
          date of birth is 3/3/82                  | DOB [3/3/82] 1982-03-03
          my birthday is march 3rd                 | DOB [march 3rd] march 3rd
          d.o.b. 1982-03-03                        | DOB [1982-03-03] 1982-03-03
          Geburtsdatum: 14.02.1961                 | DOB [14.02.1961] 1961-02-14
          fecha de nacimiento 1975-06-21           | DOB [1975-06-21] 1975-06-21
          date de naissance : 1980-01-09           | DOB [1980-01-09] 1980-01-09
          Anna Berg (b. 4 May 1950)                | DOB [4 May 1950] 1950-05-04
          the dob is 04 20 1922.                   | DOB [04 20 1922] 1922-04-20
          his birthday's 8 5 1933 and              | DOB [8 5 1933] 1933-08-05
          date of birth is 3 9 54, day first       | DOB [3 9 54] 1954-03-09
          """)
  void a_date_after_a_birth_cue_is_a_date_of_birth(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "upgraded to version 2021.3.1 today",
        "take 1/2 tablet",
        "on 2/30/2020",
        "on 2/29/2019",
        "the year 2020 was hard",
        "blood pressure 120/80",
        "you may 5 times",
        "I may 2",
        "version 1.2.3",
        "room 12 at 3:30",
        "13/13/2020",
        "take 1/2 tablet on days 3 and 4",
        "it's 12/25 for christmas",
        "on 13/40",
        "call 212 04 20 1922",
        "take 2 3 25 mg tablets",
        "the scores were 3 9 54 last time",
        "04 20 1922 11",
        "give me 12 15 2150"
      })
  void things_that_are_not_dates_are_ignored(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
