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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "we're the family on tanager hollow rd, the big house | ADDRESS[tanager hollow rd]",
        "the entrance is around back on quillet ln by the bins | ADDRESS[quillet ln]",
        "the number's 12 and the street saltmarsh road, okay | ADDRESS[saltmarsh road]",
        "i'm on sixth circle near the school | ADDRESS[sixth circle]",
        "yes i'm on orchard drive, the corner house | ADDRESS[orchard drive]"
      })
  void a_street_said_without_its_number_is_an_address(String text, String expected) {
    assertThat(found(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the pharmacy on elm st is open late",
        "on second thought i'll call back",
        "i'm on my way and she's on the drive home",
        "we're on a long drive today"
      })
  void street_words_said_as_words_are_no_address(String text) {
    assertThat(found(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "it's the park on tamsin road and we're in apartment nine, the blue one"
            + " | ADDRESS[apartment nine]",
        "we're in lot six d the one by the gate | ADDRESS[lot six d]",
        "the trailer is lot forty two at the park off wren terrace in ossory"
            + " | ADDRESS[lot forty two]"
      })
  void a_home_unit_said_by_who_lives_there_or_near_a_street_is_an_address(
      String text, String expected) {
    assertThat(found(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i'm in space two of the waiting room",
        "she's in unit four on the cardiac floor",
        "we're in a lot of trouble with the bill"
      })
  void rooms_wards_and_lots_of_trouble_are_no_address(String text) {
    assertThat(found(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "we're the family on tanager hollow rd in liberty, the big house | LOCATION[liberty]",
        "i'm on sixth circle in normal the corner house | LOCATION[normal]",
        "she's staying in comfort with my sister this month | LOCATION[comfort]"
      })
  void an_everyday_word_town_after_in_beside_a_street_or_a_stay_is_the_town(
      String text, String expected) {
    assertThat(found(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i live at 12 elm street and we live in hope of a cure",
        "we live in the big white house on the corner",
        "she's at the old san diego office today"
      })
  void phrases_and_described_things_are_no_town(String text) {
    assertThat(found(text)).doesNotContain("LOCATION[");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "it's p o box 4410 brindle nc twenty seven six one two | ZIP[twenty seven six one two]",
        "mail goes to harlow t x 75214 and that's it | ZIP[75214]",
        "it's oxley i a five oh three one six now | ZIP[five oh three one six]",
        "and the zip plus four five five one oh two dash three three four one"
            + " | ZIP[five five one oh two dash three three four one]"
      })
  void a_zip_after_a_box_number_a_spelled_state_or_zip_plus_four_is_the_zip(
      String text, String expected) {
    assertThat(found(text)).contains(expected).doesNotContain("PHONE[").doesNotContain("OTHER_ID[");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "call me on plus four four seven seven oh oh nine oh oh one two three"
            + " | PHONE[plus four four seven seven oh oh nine oh oh one two three]",
        "the new id is t k p 4 4 6 8 4 7 7 3 | OTHER_ID[t k p 4 4 6 8 4 7 7 3]"
      })
  void a_country_code_and_a_code_of_three_letters_keep_their_kind(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "i'll wait on the corner of tamsin and mill by the bank | ADDRESS[tamsin and mill]",
        "we're at the intersection of fifth street and oak avenue"
            + " | ADDRESS[fifth street and oak avenue]",
        "my address 4410 wren road no sixty two tamsin ln sorry"
            + " | ADDRESS[4410 wren road] ADDRESS[sixty two tamsin ln]"
      })
  void cross_streets_and_a_corrected_address_are_addresses(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i saw it out of the corner of my eye and then it was gone",
        "put the chair in the corner of the room and the lamp by the door"
      })
  void corners_of_rooms_and_eyes_are_no_address(String text) {
    assertThat(found(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "my zip code is four one double seven two and it's tallowmere | LOCATION[tallowmere]",
        "the zip is 41772 and it's old forge | LOCATION[old forge]",
        "she only goes as far as quillan and that's it | LOCATION[quillan]",
        "we're between marrowby and dunsley closer to osterby | LOCATION[marrowby]"
            + " LOCATION[dunsley] LOCATION[osterby]",
        "the return address was p o box 5521 lindenau and that's still good | LOCATION[lindenau]",
        "i'm in hollis bluff junction uh by the lake | LOCATION[hollis bluff junction]",
        "is the pharmacy in new port ossory open | LOCATION[new port ossory]"
      })
  void towns_said_after_a_zip_between_towns_after_a_box_or_by_their_shape(
      String text, String expected) {
    assertThat(found(text)).contains(expected).doesNotContain("NAME[");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my address is 12 elm street and it's really late now",
        "the zip is 12345 and it's fine",
        "we're in new york for the week"
      })
  void words_after_a_zip_and_a_state_are_no_town(String text) {
    assertThat(found(text)).doesNotContain("LOCATION[");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the pump serial is five one dee six three oh one eight oh | DEVICE_ID[five one dee six three"
            + " oh one eight oh]",
        "my imei is 49 015420 323751 8 if you need it | DEVICE_ID[49 015420 323751 8]"
      })
  void a_serial_with_one_letter_and_an_imei_read_as_a_phone_are_devices(
      String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my number is five five five are you there",
        "we see two doctors and three nurses at five six seven"
      })
  void a_letter_name_among_few_digits_is_a_word(String text) {
    assertThat(found(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "our mailing address is box forty eight oh three, same as before"
            + " | ADDRESS[box forty eight oh three]",
        "the return address was box sixty seven thirty six milford | ADDRESS[box sixty seven thirty"
            + " six] LOCATION[milford]"
      })
  void a_box_said_as_the_address_is_an_address(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "my phone is fourth first seventh five five fifth zero first third eighth"
            + " | PHONE[fourth first seventh five five fifth zero first third eighth]"
      })
  void a_number_said_with_its_digits_ordinals_is_read_as_its_digits(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it's on the third floor, room two one two",
        "first second third fourth fifth sixth seventh and eighth in line",
        "call me at five five five oh one four second line"
      })
  void ordinals_of_floors_ranks_and_lists_stay_words(String text) {
    assertThat(found(text))
        .doesNotContain("third")
        .doesNotContain("fourth")
        .doesNotContain("second");
  }
}
