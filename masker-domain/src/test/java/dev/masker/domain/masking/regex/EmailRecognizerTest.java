package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRecognizerTest {
  private final EmailRecognizer recognizer = new EmailRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mail Jane.Doe+clinic@Example.com today    | EMAIL [Jane.Doe+clinic@Example.com] jane.doe+clinic@example.com
          write to bob_smith@mail.example.org.      | EMAIL [bob_smith@mail.example.org] bob_smith@mail.example.org
          (j.o'neil@example.co.uk)                  | EMAIL [j.o'neil@example.co.uk] j.o'neil@example.co.uk
          it's MARY99@EXAMPLE.NET, thanks           | EMAIL [MARY99@EXAMPLE.NET] mary99@example.net
          é-mail: mária.lópez@exämple.com           | EMAIL [mária.lópez@exämple.com] mária.lópez@exämple.com
          José@Clínica.es.                          | EMAIL [José@Clínica.es] josé@clínica.es
          联系 用户@例子.广告 谢谢                      | EMAIL [用户@例子.广告] 用户@例子.广告
          """)
  void an_email_address_is_found_in_lower_case(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "user@localhost",
        "follow us @masker",
        "5@10 mg each",
        "a@b",
        "meet me @ 5.30",
        "john at example dot com",
        "x@example.123"
      })
  void things_that_are_not_addresses_are_ignored(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
