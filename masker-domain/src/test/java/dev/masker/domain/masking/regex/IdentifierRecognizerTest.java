package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierRecognizerTest {
  private final IdentifierRecognizer recognizer = new IdentifierRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          passport number X1234567                  | OTHER_ID [X1234567] X1234567
          my passport is 533 812 447                | OTHER_ID [533 812 447] 533812447
          national id: 8812-3344-12                 | SSN [8812-3344-12] 8812334412
          id number 4471 2233 9981                  | SSN [4471 2233 9981] 447122339981
          id card number: 4471 2233 9981            | SSN [4471 2233 9981] 447122339981
          claim number 77-4412-998                  | OTHER_ID [77-4412-998] 774412998
          my employee id is 448812                  | OTHER_ID [448812] 448812
          student id 20231145                       | OTHER_ID [20231145] 20231145
          PESEL 85050512345                         | SSN [85050512345] 85050512345
          CPF: 123.456.789-09                       | SSN [123.456.789-09] 12345678909
          DNI 12345678Z                             | SSN [12345678Z] 12345678Z
          Personnummer 19850505-1234                | SSN [19850505-1234] 198505051234
          NIR 2 89 12 75 114 002 71                 | SSN [2 89 12 75 114 002 71] 289127511400271
          "{""fnr"": ""18067342964""}"               | SSN [18067342964] 18067342964
          주민등록번호: 620211-2496435                    | SSN [620211-2496435] 6202112496435
          C.F. LLMRTL72A22D985R                     | SSN [LLMRTL72A22D985R] LLMRTL72A22D985R
          her id is 88213009                        | OTHER_ID [88213009] 88213009
          """)
  void an_identifying_number_after_a_cue_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my passport is expired",
        "passport 12",
        "bring your id card and your insurance card",
        "the claim number is on the letter",
        "4471 2233 9981",
        "a case of 24 bottles"
      })
  void other_words_and_numbers_are_not_identifiers(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
