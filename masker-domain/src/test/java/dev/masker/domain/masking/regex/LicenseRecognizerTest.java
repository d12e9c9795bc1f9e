package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// AB1234563 follows the DEA check-digit rule; 1234567893 is the CMS example NPI.
class LicenseRecognizerTest {
  private final LicenseRecognizer recognizer = new LicenseRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          driver's license number D1234567          | LICENSE [D1234567] D1234567
          my drivers license is a123-4567-8901      | LICENSE [a123-4567-8901] A12345678901
          DEA number AB1234563                      | LICENSE [AB1234563] AB1234563
          prescriber AB1234563 signed               | LICENSE [AB1234563] AB1234563
          NPI 1234567893                            | LICENSE [1234567893] 1234567893
          dea ab1234563                             | LICENSE [ab1234563] AB1234563
          """)
  void a_licence_or_a_valid_dea_or_npi_number_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NPI 1234567890",
        "1234567893",
        "prescriber ab1234563 signed",
        "DEA AB1234562",
        "license expired last year",
        "the license is 12"
      })
  void invalid_or_uncued_numbers_are_not_licences(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
