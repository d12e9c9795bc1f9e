package dev.masker.domain.masking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.policy.Policy;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shapes the eighteenth round reads (docs/engine.md, "Eighteenth round"): letters of a code
 * said by their names, misheard ordinals, a month with a year in words, and names followed by who
 * the person is or joined to "me".
 */
class EighteenthRoundReadingsTest {
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
        "medicare number let me see one gee u three dee six oh kay are four six and it's part a"
            + " | HEALTH_PLAN_ID[one gee u three dee six oh kay are four six]",
        "the medicare number is one ee gee four tee ee five em kay seven three"
            + " | HEALTH_PLAN_ID[one ee gee four tee ee five em kay seven three]",
        "my plate number is six el dee h four seven three i'm parked in the back"
            + " | VEHICLE_ID[six el dee h four seven three]",
        "the device id on the glucose reader is bee pee six three oh two four six and the lot"
            + " | DEVICE_ID[bee pee six three oh two four six]",
        "the vin is a zee seven gee bee x s en six f en three eight jay k nine double you thanks"
            + " | VEHICLE_ID[a zee seven gee bee x s en six f en three eight jay k nine double you]"
      })
  void letters_said_by_their_names_are_letters_of_the_code(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the kids are five and seven and we see two doctors",
        "we see 2 patients and you see 3",
        "we see you at two"
      })
  void letter_names_outside_a_code_stay_words(String text) {
    assertThat(found(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "her date of birth is december the twenty threeth nineteen sixty that's what it says"
            + " | DOB[december the twenty threeth nineteen sixty]",
        "born february oneth nineteen twenty seven | DOB[february oneth nineteen twenty seven]",
        "i was seen august two thousand nineteen at the lab | DATE[august two thousand nineteen]",
        "i was seen august twenty nineteen at the lab | DATE[august twenty nineteen]",
        "she was admitted july two thousand and nineteen | DATE[july two thousand and nineteen]"
      })
  void misheard_ordinals_and_a_month_with_a_year_in_words_are_dates(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"the refill in march two thousand pills", "may twenty of them came"})
  void a_count_after_a_month_is_no_year(String text) {
    assertThat(found(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "okay so tell rusty his mum's been asking for him all day | NAME[rusty]",
        "um i told major not to sign anything till we talk to you | NAME[major]",
        "so so yeah rusty and me drove down this morning | NAME[rusty]",
        "me and grant went over there yesterday | NAME[grant]",
        "okay so autumn and mark are her kids they'll both be there | NAME[autumn] NAME[mark]",
        "so summer the social worker said you might cover the bed rental | NAME[summer]",
        "so and dawn she's my granddaughter she can sign for the package | NAME[dawn]",
        "yeah bubba that's what we call her she won't answer to her real name | NAME[bubba]",
        "so i think it was holly no ginger the young one with the glasses | NAME[holly]"
            + " NAME[ginger]",
        "ask for cash at the front desk he knows about the mixup | NAME[cash]",
        "can i ask for sparrow at the front desk she knows my situation | NAME[sparrow]",
        "and the kids are wes tuomas and hunter all three need the physicals | NAME[wes tuomas]"
            + " NAME[hunter]"
      })
  void a_name_list_word_in_a_place_only_a_person_fills_is_a_name(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tell her not to worry",
        "i told them not to sign anything",
        "my dentist bill was high this year",
        "yeah mom she's my mother in law",
        "ok that's what we call it",
        "it was may no june i think",
        "ask for water at the front desk",
        "ask for the manager at the front desk",
        "my kids are sick and tired of waiting",
        "the kids are doing great and growing fast"
      })
  void the_same_frames_around_ordinary_words_name_no_one(String text) {
    assertThat(found(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "zip is um six oh nine eight oh no hang on that's the old house the new one is one six six"
            + " seven one | ZIP[six oh nine eight oh] ZIP[one six six seven one]",
        "zip is three three seven one seven no hang on that's the old house the new one is 96751"
            + " | ZIP[three three seven one seven] ZIP[96751]"
      })
  void a_value_corrected_after_a_lone_number_word_is_the_same_kind(String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no it's nineteen eighty not eighteen ninety uh yeah on water boulevard"
            + " | ADDRESS[nineteen eighty] ADDRESS[eighteen ninety]",
        "yeah you turn on hollis creek terrace and it's the third house okay um 269 on the mailbox"
            + " | LOCATION[hollis creek] ADDRESS[269]",
        "i mean the number's 4766 and it's on center pike | ADDRESS[4766] ADDRESS[center pike]",
        "one nine eight zero sandpiper road unit number nine three one"
            + " | ADDRESS[one nine eight zero sandpiper road unit number nine three one]"
      })
  void a_house_number_said_apart_from_its_street_is_part_of_the_address(
      String text, String expected) {
    assertThat(found(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my number is 4766 and i live on main street",
        "it's five not six pills a day on the road to recovery"
      })
  void numbers_beside_a_street_word_that_are_no_house_number_stay(String text) {
    assertThat(found(text)).doesNotContain("ADDRESS[4766]").doesNotContain("ADDRESS[five]");
  }
}
