package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// Test card numbers published by the payment networks and processors for sandboxes.
class CreditCardRecognizerTest {
  private final CreditCardRecognizer recognizer = new CreditCardRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          visa 4111 1111 1111 1111 exp soon        | CREDIT_CARD [4111 1111 1111 1111] 4111111111111111
          card 4111-1111-1111-1111                 | CREDIT_CARD [4111-1111-1111-1111] 4111111111111111
          amex 3782 822463 10005                   | CREDIT_CARD [3782 822463 10005] 378282246310005
          6011111111111117                         | CREDIT_CARD [6011111111111117] 6011111111111117
          mastercard 5555 5555 5555 4444.          | CREDIT_CARD [5555 5555 5555 4444] 5555555555554444
          """)
  void a_luhn_valid_card_number_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @Test
  void a_known_issuer_is_surer_than_an_unknown_prefix() {
    assertThat(Found.only(recognizer, "4111 1111 1111 1111").confidence()).isGreaterThan(0.9);
    assertThat(Found.only(recognizer, "9999 9999 9999 9995").confidence()).isLessThan(0.9);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111 1111 1111 1112",
        "1234567890123",
        "0000 0000 0000 0000",
        "4111 1111 1111",
        "4111 1111 1111 1111 1111 1111"
      })
  void numbers_failing_the_check_or_the_length_are_not_cards(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
