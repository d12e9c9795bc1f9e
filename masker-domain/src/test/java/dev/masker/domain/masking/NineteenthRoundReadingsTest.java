package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shapes the nineteenth round reads (docs/engine.md, "Nineteenth round"): a name where only a
 * town stands, and codes opened by a letter's name or kept by a device's cue.
 */
class NineteenthRoundReadingsTest {
  private static final Masker MASKER =
      Masker.builder().policy(Policy.healthcareDefault()).key("K_HEALTHCARE", new byte[32]).build();

  private static String found(String text) {
    return MASKER.detect(text).stream()
        .map(d -> d.kind() + "[" + text.substring(d.start(), d.end()) + "]")
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the clinic in brenlow lost my referral | LOCATION[brenlow]",
        "we moved to quarrington after the flood | LOCATION[quarrington]",
        "it's called osterby in ohio not the other one | LOCATION[osterby]",
        "yeah osterby, michigan is where she lives | LOCATION[osterby]"
      })
  void a_name_where_only_a_town_stands_is_the_town(String text, String expected) {
    assertThat(found(text)).contains(expected).doesNotContain("NAME[");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the account's in delphine marchetti's name | NAME[delphine marchetti]",
        "she moved to port haddon to be near maria okay so her address is 14 harbour street | NAME[maria]"
      })
  void a_name_with_its_possessive_or_someone_to_be_near_stays_a_name(String text, String expected) {
    assertThat(found(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the serial on the pump is you gee seven oh four three nine two thanks"
            + " | DEVICE_ID[you gee seven oh four three nine two]",
        "the reader says are tee why four four one oh eight six on the back"
            + " | OTHER_ID[are tee why four four one oh eight six]",
        "the plate is ex vee see four one two | VEHICLE_ID[ex vee see four one two]",
        "the serial on the side of the concentrator says double you ay six six one oh nine"
            + " | DEVICE_ID[double you ay six six one oh nine]",
        "the transmitter id is h q three oh seven seven one two | DEVICE_ID[h q three oh seven seven"
            + " one two]"
      })
  void a_code_opened_by_a_letter_name_or_named_by_a_device_cue(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "thank you one two three four for waiting",
        "are you there, we need two or three more",
        "why you would say that twice i don't know"
      })
  void common_words_before_numbers_open_no_code(String text) {
    assertThat(found(text)).isEmpty();
  }
}
