package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// 490154203237518 is the IMEI example of the GSMA/3GPP documentation.
class DeviceRecognizerTest {
  private final DeviceRecognizer recognizer = new DeviceRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          pump serial number SN-4471-AB2             | DEVICE_ID [SN-4471-AB2] SN4471AB2
          S/N: 88213XQ7                              | DEVICE_ID [88213XQ7] 88213XQ7
          device id is pm55021734                    | DEVICE_ID [pm55021734] PM55021734
          IMEI 490154203237518                       | DEVICE_ID [490154203237518] 490154203237518
          mac 00:1A:2B:3C:4D:5E                      | DEVICE_ID [00:1A:2B:3C:4D:5E] 001A2B3C4D5E
          """)
  void a_cued_serial_an_imei_or_a_mac_address_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "serial killer",
        "490154203237519",
        "490154203237518",
        "at 10:30:45 today",
        "series 5 of 12"
      })
  void uncued_or_invalid_values_are_not_device_ids(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }

  @Test
  void an_imei_failing_luhn_right_after_its_cue_is_a_device_id_less_surely() {
    var found = Found.only(recognizer, "IMEI 490154203237519");

    assertThat(found.kind()).isEqualTo(EntityKind.DEVICE_ID);
    assertThat(found.confidence()).isEqualTo(CueOverValidator.CONFIDENCE);
    assertThat(Found.only(recognizer, "IMEI 490154203237518").confidence()).isEqualTo(0.95);
  }
}
