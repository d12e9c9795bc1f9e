package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
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
          the prescriber's n p i 1234567893 yeah    | LICENSE [1234567893] 1234567893
          dea ab1234563                             | LICENSE [ab1234563] AB1234563
          Führerschein-Nr. B072RRE2I55              | LICENSE [B072RRE2I55] B072RRE2I55
          GMC number 7012345                        | LICENSE [7012345] 7012345
          Nº colegiado: 282812345                   | LICENSE [282812345] 282812345
          """)
  void a_licence_or_a_valid_dea_or_npi_number_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1234567890",
        "1234567893",
        "prescriber ab1234563 signed",
        "prescriber AB1234562 signed",
        "license expired last year",
        "the license is 12"
      })
  void invalid_or_uncued_numbers_are_not_licences(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NPI 1234567890 | 1234567890",
        "DEA AB1234562 | AB1234562",
        "the dea number is xb1234562 | XB1234562"
      })
  void an_npi_or_dea_number_failing_its_check_right_after_its_cue_is_a_licence_less_surely(
      String text, String canonical) {
    var found = Found.only(recognizer, text);

    assertThat(found.kind()).isEqualTo(EntityKind.LICENSE);
    assertThat(found.canonical()).isEqualTo(canonical);
    assertThat(found.confidence()).isEqualTo(CueOverValidator.CONFIDENCE);
  }
}
