package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// IBANs from the SWIFT IBAN registry examples.
class IbanRecognizerTest {
  private final IbanRecognizer recognizer = new IbanRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          pay to GB82 WEST 1234 5698 7654 32 today   | IBAN [GB82 WEST 1234 5698 7654 32] GB82WEST12345698765432
          iban de89370400440532013000.               | IBAN [de89370400440532013000] DE89370400440532013000
          NL91ABNA0417164300                         | IBAN [NL91ABNA0417164300] NL91ABNA0417164300
          """)
  void a_valid_iban_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82 WEST 1234 5698 7654 33",
        "GB82 WEST 1234",
        "XX82WEST12345698765432",
        "GB82WEST123456987654321",
        "AB12 is a code"
      })
  void a_wrong_check_length_or_country_is_not_an_iban(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
