package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRecognizerTest {
  private final AccountRecognizer recognizer = new AccountRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          account number 0012345678                 | ACCOUNT [0012345678] 0012345678
          acct # 12345678901                        | ACCOUNT [12345678901] 12345678901
          my account number is 1234 5678 90         | ACCOUNT [1234 5678 90] 1234567890
          Account No. 555-12345                     | ACCOUNT [555-12345] 55512345
          the account number at the top is 72616314 | ACCOUNT [72616314] 72616314
          """)
  void an_account_number_after_a_cue_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "account 12",
        "my account was closed in 2019",
        "accounts 123456",
        "0012345678",
        "account number 123456789012345678901",
        "account number AB12345678"
      })
  void other_numbers_are_not_account_numbers(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
