package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.regex.CueOverValidator;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Test vectors: DEA numbers built with the published DEA check-digit rule; VIN 1M8GDM9AXKP042788 is
 * the check-digit example of the North American VIN standard (49 CFR 565) as widely quoted; IBANs
 * GB82WEST12345698765432 and DE89370400440532013000 are the ECBS/SWIFT registry examples.
 */
class SpokenIdentifierRecognizerTest {
  private final SpokenIdentifierRecognizer recognizer = new SpokenIdentifierRecognizer();

  private Detection only(String text) {
    var found = recognizer.find(text);
    assertThat(found).as("detections").hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my driver's license number is d one two three four five six seven"
            + " | d one two three four five six seven | D1234567",
        "drivers license s five three oh two two one eight four please"
            + " | s five three oh two two one eight four | S53022184",
        "my nursing license is r n eight eight four two one three"
            + " | r n eight eight four two one three | RN884213",
        "license number, um, w d l dash four four seven nine two"
            + " | w d l dash four four seven nine two | WDL44792",
        "the d l is double four seven one two nine x | double four seven one two nine x | 447129X",
      })
  void a_licence_number_spoken_as_letters_and_digits_after_its_cue_is_found(
      String text, String spoken, String canonical) {
    var d = only(text);

    assertThat(d.kind()).isEqualTo(EntityKind.LICENSE);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(spoken);
    assertThat(d.canonical()).isEqualTo(canonical);
  }

  @Test
  void a_dea_number_with_a_right_check_digit_is_a_sure_licence() {
    var text = "the dea number is b j five two six three seven four six";

    var d = only(text);

    assertThat(d.kind()).isEqualTo(EntityKind.LICENSE);
    assertThat(d.canonical()).isEqualTo("BJ5263746");
    assertThat(d.confidence()).isGreaterThanOrEqualTo(0.95);
    assertThat(text.substring(d.start(), d.end())).startsWith("b j");
  }

  @Test
  void a_dea_number_with_a_wrong_check_digit_right_after_its_cue_is_reported_less_surely() {
    var d = only("the dea number is b j five two six three seven four one");

    assertThat(d.kind()).isEqualTo(EntityKind.LICENSE);
    assertThat(d.confidence()).isEqualTo(CueOverValidator.CONFIDENCE);
  }

  @Test
  void an_npi_with_a_wrong_check_digit_right_after_its_cue_is_reported_less_surely() {
    var d = only("the npi is one two three four five six seven eight nine oh");

    assertThat(d.kind()).isEqualTo(EntityKind.LICENSE);
    assertThat(d.canonical()).isEqualTo("1234567890");
    assertThat(d.confidence()).isEqualTo(CueOverValidator.CONFIDENCE);
  }

  @Test
  void a_spelled_dea_cue_right_before_the_number_is_not_part_of_it() {
    var d = only("d e a a b one two three four five six three");

    assertThat(d.canonical()).isEqualTo("AB1234563");
  }

  @Test
  void a_vin_with_a_right_check_digit_is_a_sure_vehicle_id_and_oh_is_zero_in_it() {
    var text = "the vin is one m eight g d m nine a x k p oh four two seven eight eight";

    var d = only(text);

    assertThat(d.kind()).isEqualTo(EntityKind.VEHICLE_ID);
    assertThat(d.canonical()).isEqualTo("1M8GDM9AXKP042788");
    assertThat(d.confidence()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void a_vin_cue_followed_by_too_few_characters_finds_nothing() {
    assertThat(recognizer.find("my vin is one two three four")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the license plate is six k l m two seven four | 6KLM274",
        "plate number eight x k l two two four it's a gray honda | 8XKL224",
        "my plates are seven t r f four one nine i think | 7TRF419",
        "the plate reads k o r four five | KOR45",
        "tag number a b oh one two | AB012",
      })
  void a_licence_plate_after_its_cue_is_a_vehicle_id(String text, String canonical) {
    var d = only(text);

    assertThat(d.kind()).isEqualTo(EntityKind.VEHICLE_ID);
    assertThat(d.canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the pump serial number is p j double seven one oh four h | PJ77104H",
        "my glucose meter serial is four four one nine two eight three | 4419283",
        "device id: x nine nine two one b | X9921B",
        "s n k l three three oh four two | KL33042",
      })
  void a_device_serial_after_its_cue_is_a_device_id(String text, String canonical) {
    var d = only(text);

    assertThat(d.kind()).isEqualTo(EntityKind.DEVICE_ID);
    assertThat(d.canonical()).isEqualTo(canonical);
  }

  @Test
  void a_spelled_iban_after_its_cue_is_checked_by_mod_97() {
    var text =
        "my i b a n is g b eight two w e s t one two three four five six nine eight seven six"
            + " five four three two";

    var d = only(text);

    assertThat(d.kind()).isEqualTo(EntityKind.IBAN);
    assertThat(d.canonical()).isEqualTo("GB82WEST12345698765432");
    assertThat(text.substring(d.start(), d.end())).startsWith("g b eight two");
  }

  @Test
  void a_valid_iban_is_found_without_a_cue() {
    var d =
        only(
            "send it to d e eight nine three seven oh four oh oh four four oh five three two oh"
                + " one three oh oh oh thanks");

    assertThat(d.kind()).isEqualTo(EntityKind.IBAN);
    assertThat(d.canonical()).isEqualTo("DE89370400440532013000");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 1234567893: the NPI check-digit example of the CMS guide
        "the npi for dr haddad is one two three four five six seven eight nine three | LICENSE"
            + " | 1234567893",
        "the serial number on the oxygen concentrator is b c four four nine two one seven seven"
            + " three | DEVICE_ID | BC44921773",
      })
  void a_phrase_naming_whose_identifier_it_is_may_sit_between_cue_and_value(
      String text, EntityKind kind, String canonical) {
    var d = only(text);

    assertThat(d.kind()).isEqualTo(kind);
    assertThat(d.canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i have a driver's license",
        "my license expired and i called five five five one two one two",
        "the plate was two",
        "put it on a plate with two eggs",
        "we watched a serial killer documentary at nine",
        "it's a one two three four five",
        "a b c d e f g",
        "i think i need a refill of my license to drive",
        "take two tablets twice a day",
        "the serial is on the back",
        "the npi for the clinic is on the website",
        "the serial on the pump is twenty",
        "the license for my two kids is expired",
      })
  void ordinary_speech_near_an_identifier_word_gives_no_identifier(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void no_value_appears_in_a_detection_string() {
    var d = only("my driver's license number is d one two three four five six seven");

    assertThat(d.toString()).doesNotContain("D1234567").doesNotContain("one two");
  }

  @Test
  void pathological_inputs_of_100_kb_take_steps_linear_in_their_length() {
    List<IntFunction<String>> inputs =
        List.of(
            size -> "a ".repeat(size / 2),
            size -> "license ".repeat(size / 8),
            size -> ("license number is " + "x ".repeat(size / 2)),
            size -> "double ".repeat(size / 7),
            size -> "1 ".repeat(size / 2),
            size -> "9".repeat(size),
            size -> "serial one ".repeat(size / 11),
            size -> "i b a n ".repeat(size / 8),
            size -> "five ".repeat(size / 5),
            // Codes with no cue: each one looks back for a cue, no further than the cue window.
            size -> "then b x one two three ".repeat(size / 23));
    LinearTime.assertLinear(recognizer, inputs);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the serial on the cpap machine is np 8872 eight seven seven three and it keeps beeping |"
            + " DEVICE_ID | np 8872 eight seven seven three | NP88728773",
        "the dea number, it's mg two one seven oh one six four, for doctor gama | LICENSE | mg two"
            + " one seven oh one six four | MG2170164",
      })
  void a_code_s_letters_said_as_one_word_start_the_code(
      String text, EntityKind kind, String said, String canonical) {
    assertThat(recognizer.find(text))
        .extracting(Detection::kind, d -> text.substring(d.start(), d.end()), Detection::canonical)
        .containsExactly(tuple(kind, said, canonical));
  }

  @Test
  void digits_a_transcriber_misheard_are_read_inside_a_code() {
    var text = "the plate is ate z d d ate five nine, it's on the parking ticket";

    assertThat(recognizer.find(text))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.VEHICLE_ID, "8ZDD859"));
    assertThat(recognizer.find("the plate is on the car, i ate a sandwich")).isEmpty();
    assertThat(recognizer.find("the serial number for the pump is on the back")).isEmpty();
  }

  @Test
  void a_short_word_before_a_number_is_no_code_s_letters() {
    assertThat(recognizer.find("the serial is on the box 12 of them")).isEmpty();
  }

  @Test
  void a_code_spelled_with_as_in_words_is_an_identifier_with_no_cue() {
    var found =
        only(
            "he got the new card the number is eight c as in cat n one a as in apple c as in cat"
                + " six e as in edward p as in peter seven two and it starts in january");
    assertThat(found.kind()).isEqualTo(EntityKind.OTHER_ID);
    assertThat(found.canonical()).isEqualTo("8CN1AC6EP72");
  }

  @Test
  void letters_spelled_as_in_words_with_no_digits_are_no_identifier() {
    assertThat(recognizer.find("it's ann with an e as in echo and b as in boy")).isEmpty();
  }
}
