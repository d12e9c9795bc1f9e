package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZipRecognizerTest {
  private final ZipRecognizer recognizer = new ZipRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          my zip code is 94107                    | ZIP [94107] 94107
          Springfield, IL 62704                   | ZIP [62704] 62704
          Austin, Texas 78701-1234                | ZIP [78701-1234] 787011234
          Indianapolis IN 46204                   | ZIP [46204] 46204
          postal code: 10001                      | ZIP [10001] 10001
          """)
  void a_zip_code_in_context_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "94107",
        "we paid 12345 dollars",
        "I live in 46204", // "in" in lower case is a word, not Indiana
        "zip code 9410",
        "order 123456"
      })
  void five_digits_without_context_are_not_zip_codes(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
