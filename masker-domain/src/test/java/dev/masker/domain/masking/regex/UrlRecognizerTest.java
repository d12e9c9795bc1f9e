package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlRecognizerTest {
  private final UrlRecognizer recognizer = new UrlRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          see https://portal.example.com/patients/42?x=1. | URL [https://portal.example.com/patients/42?x=1] https://portal.example.com/patients/42?x=1
          go to www.example.org/jane, then                | URL [www.example.org/jane] www.example.org/jane
          at example.com/records/7                        | URL [example.com/records/7] example.com/records/7
          (http://example.net/a_(b))                      | URL [http://example.net/a_(b)] http://example.net/a_(b)
          """)
  void a_url_is_found_without_trailing_punctuation(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"example.com", "e.g. this one", "3.5 mg", "jane@example.com", "mr. smith"})
  void plain_words_and_email_addresses_are_not_urls(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
