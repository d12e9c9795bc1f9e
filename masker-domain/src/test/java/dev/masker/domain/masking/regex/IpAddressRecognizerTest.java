package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// Addresses from the documentation ranges (RFC 5737 and RFC 3849).
class IpAddressRecognizerTest {
  private final IpAddressRecognizer recognizer = new IpAddressRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          from 192.0.2.44 today                | IP_ADDRESS [192.0.2.44] 192.0.2.44
          host 2001:DB8::1.                    | IP_ADDRESS [2001:DB8::1] 2001:db8::1
          mapped ::ffff:192.0.2.128 here       | IP_ADDRESS [::ffff:192.0.2.128] ::ffff:192.0.2.128
          2001:0db8:85a3:0000:0000:8a2e:0370:7334 | IP_ADDRESS [2001:0db8:85a3:0000:0000:8a2e:0370:7334] 2001:0db8:85a3:0000:0000:8a2e:0370:7334
          """)
  void a_valid_ip_address_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "256.1.1.1",
        "version 1.2.3",
        "at 10:30:45",
        "1.2.3.4.5",
        "a cafe face",
        "see :: there",
        "score 3.5.1.0.2"
      })
  void invalid_addresses_times_and_versions_are_ignored(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
