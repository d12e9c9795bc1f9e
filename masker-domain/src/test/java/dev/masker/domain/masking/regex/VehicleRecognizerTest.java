package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// 1M8GDM9AXKP042788 is the check-digit example of 49 CFR 565.
class VehicleRecognizerTest {
  private final VehicleRecognizer recognizer = new VehicleRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIN 1M8GDM9AXKP042788                     | VEHICLE_ID [1M8GDM9AXKP042788] 1M8GDM9AXKP042788
          it's 1m8gdm9axkp042788                    | VEHICLE_ID [1m8gdm9axkp042788] 1M8GDM9AXKP042788
          vin: WVWZZZ1JZXW000001                    | VEHICLE_ID [WVWZZZ1JZXW000001] WVWZZZ1JZXW000001
          license plate 7ABC123                     | VEHICLE_ID [7ABC123] 7ABC123
          my plate number is ABC-1234               | VEHICLE_ID [ABC-1234] ABC1234
          so um plate number's 2ZGM877, i'll be     | VEHICLE_ID [2ZGM877] 2ZGM877
          the tag on the van is 925ebu              | VEHICLE_ID [925ebu] 925EBU
          """)
  void a_vin_or_a_cued_plate_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1M8GDM9A1KP042788",
        "ABCDEFGHJKLMNPRST",
        "12345678901234567",
        "7ABC123",
        "a plate of pasta",
        "I ate a plate of 12 cookies",
        "the price tag says 25 dollars"
      })
  void wrong_check_digits_and_uncued_codes_are_not_vehicle_ids(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
