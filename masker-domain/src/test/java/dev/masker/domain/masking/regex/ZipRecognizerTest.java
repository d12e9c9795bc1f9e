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
          the zip with the plus four is 11035-3640 | ZIP [11035-3640] 110353640
          yeah hi um, 05047, yeah, that's the zip | ZIP [05047] 05047
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          PLZ: 10115                              | ZIP [10115] 10115
          CP: 28013                               | ZIP [28013] 28013
          CEP: 01310-100                          | ZIP [01310-100] 01310100
          Postcode SW1A 1AA                       | ZIP [SW1A 1AA] SW1A1AA
          Postnummer 123 45                       | ZIP [123 45] 12345
          Kod pocztowy: 00-950                    | ZIP [00-950] 00950
          Postal code: K1A 0B1                    | ZIP [K1A 0B1] K1A0B1
          Code postal : 4000                      | ZIP [4000] 4000
          Postcode: 4898 KD                       | ZIP [4898 KD] 4898KD
          PLZ 10115 Berlin                        | ZIP [10115] 10115
          CEP 72256-617, Brasília                 | ZIP [72256-617] 72256617
          Mailing details updated, CP 24074.      | ZIP [24074] 24074
          〒150-0002                               | ZIP [150-0002] 1500002
          Postcode: CH-8001                       | ZIP [CH-8001] CH8001
          """)
  void a_postal_code_of_another_country_after_its_label_is_a_zip(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "take 1 cap 2500 units",
        "cp 1234 was closed",
        "zip code 9410",
        "CAP 1200 mg",
        "the CEP 12345 study",
        "CP 24074 mmol"
      })
  void a_short_label_without_its_colon_names_no_postal_code(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
