package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenDateRecognizerTest {
  private final SpokenDateRecognizer recognizer = new SpokenDateRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "we met on March third, nineteen eighty-two | DATE | March third, nineteen eighty-two |"
            + " 1982-03-03",
        "it was the third of March, eighty-two | DATE | third of March, eighty-two | 1982-03-03",
        "march 3rd nineteen eighty two | DATE | march 3rd nineteen eighty two | 1982-03-03",
        "june twenty first two thousand four | DATE | june twenty first two thousand four |"
            + " 2004-06-21",
        "on december thirty-first, twenty twenty | DATE | december thirty-first, twenty twenty |"
            + " 2020-12-31",
        "on july fourth nineteen oh four | DATE | july fourth nineteen oh four | 1904-07-04",
        "uh jan fifth oh four | DATE | jan fifth oh four | 2004-01-05",
        "september 9, 1999 | DATE | september 9, 1999 | 1999-09-09",
        "seen november the sixt, nineteen sixty eight | DATE | november the sixt, nineteen"
            + " sixty eight | 1968-11-06",
        "on the fith of may twenty ten | DATE | fith of may twenty ten | 2010-05-05",
        "squeezing me in on oh five eighteen twenty one | DATE | oh five eighteen twenty one |"
            + " 2021-05-18",
        "sent it on seventeen may two thousand twenty three | DATE | seventeen may two thousand"
            + " twenty three | 2023-05-17",
        "i was born twenty one august eighty three | DOB | twenty one august eighty three |"
            + " 1983-08-21",
        "date of birth ten october two thousand seventeen | DOB | ten october two thousand"
            + " seventeen | 2017-10-10",
        "i was born march third nineteen eighty two | DOB | march third nineteen eighty two |"
            + " 1982-03-03",
        "date of birth is uh the fifth of may two thousand and one | DOB | fifth of may two"
            + " thousand and one | 2001-05-05",
        "my dob is february twenty ninth two thousand | DOB | february twenty ninth two thousand |"
            + " 2000-02-29",
        "date of birth, three three eighty-two | DOB | three three eighty-two | 1982-03-03",
        "d o b oh three oh three eighty two | DOB | oh three oh three eighty two | 1982-03-03",
        "date of birth oh three one two seventy three | DOB | oh three one two seventy three |"
            + " 1973-03-12",
        "born one one oh four nineteen fifty | DOB | one one oh four nineteen fifty | 1950-11-04",
        "um uh date of birth april... twenty third... nineteen seventy nine | DOB | april..."
            + " twenty third... nineteen seventy nine | 1979-04-23",
        "me birt day is de eighth of february two tousand and seven | DOB | eighth of february two"
            + " tousand and seven | 2007-02-08",
        "shots on may twenty two thousand twenty four | DATE | may twenty two thousand twenty four"
            + " | 2024-05-20",
        "birthday is twelve twenty five nineteen ninety | DOB | twelve twenty five nineteen ninety"
            + " | 1990-12-25",
        "appointment date is oh four oh one twenty four | DATE | oh four oh one twenty four |"
            + " 2024-04-01",
      })
  void a_spoken_date_is_found_with_its_iso_canonical(
      String text, EntityKind kind, String spoken, String iso) {
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    var d = found.get(0);
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(spoken);
    assertThat(d.canonical()).isEqualTo(iso);
  }

  @Test
  void a_spoken_date_and_its_numeric_form_share_one_canonical_value() {
    var spoken = recognizer.find("born on march third nineteen eighty two").get(0);
    var numeric = recognizer.find("date of birth oh three oh three eighty two").get(0);

    assertThat(spoken.canonical()).isEqualTo(numeric.canonical()).isEqualTo("1982-03-03");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "born on the twelfth of the fourth sixty one | 1961-04-12",
        "date of birth twelfth april sixty one | 1961-04-12",
        "birth date one two zero four one nine six one | 1961-12-04",
        "dob thirteen oh four sixty one | 1961-04-13",
        "date of birth zero three slash one four slash one nine six one | 1961-03-14",
        "dob is three slash fourteen slash sixty one | 1961-03-14",
      })
  void a_birth_date_said_with_ordinals_or_digit_by_digit_is_a_date_of_birth(
      String text, String iso) {
    assertThat(recognizer.find(text))
        .extracting(Detection::kind, Detection::canonical)
        .containsExactly(tuple(EntityKind.DOB, iso));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "the first may be hard",
        "i'll come on the first of the month",
        "we met on the first of the fifth",
      })
  void ordinals_without_a_month_a_year_or_a_cue_are_no_date(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void a_month_and_day_without_year_is_a_less_certain_date_in_lower_case() {
    var found = recognizer.find("the appointment is on June Fifth");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(EntityKind.DATE);
    assertThat(found.get(0).canonical()).isEqualTo("june fifth");
    assertThat(found.get(0).confidence()).isLessThan(0.9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "back in october of twenty twenty two | DATE | october of twenty twenty two",
        "she was born in june of nineteen fifty | DOB | june of nineteen fifty",
        "the surgery is monday the fifth of may | DATE | fifth of may",
        "the surgery's set for fourteenth march, that's for darla | DATE | fourteenth march",
        "it got moved to the fifth of march, can you confirm | DATE | fifth of march",
      })
  void a_month_of_a_year_and_a_day_after_a_weekday_are_dates(
      String text, EntityKind kind, String said) {
    var found = recognizer.find(text);

    assertThat(found).extracting(Detection::kind).containsExactly(kind);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(said);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "we'll see in may of this year",
        "i may of course call back",
        "the band will march for the fourth time"
      })
  void may_of_without_a_year_is_no_date(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void a_date_after_birthday_s_is_a_date_of_birth() {
    assertThat(recognizer.find("my birthday's june ninth nineteen sixty one"))
        .extracting(Detection::kind)
        .containsExactly(EntityKind.DOB);
  }

  @Test
  void a_birthday_said_after_the_date_makes_it_a_date_of_birth() {
    assertThat(recognizer.find("july fourth is my birthday"))
        .extracting(Detection::kind)
        .containsExactly(EntityKind.DOB);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "february thirtieth two thousand",
        "february twenty ninth nineteen ninety nine",
        "april thirty first twenty twenty",
      })
  void a_date_that_does_not_exist_is_not_a_date(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void two_digit_years_follow_the_documented_pivot() {
    var defaults = new SpokenDateRecognizer();
    var pivot50 = new SpokenDateRecognizer(50);

    assertThat(defaults.find("march third twenty six").get(0).canonical()).isEqualTo("2026-03-03");
    assertThat(defaults.find("march third twenty seven").get(0).canonical())
        .isEqualTo("1927-03-03");
    assertThat(defaults.find("march third thirty").get(0).canonical()).isEqualTo("1930-03-03");
    assertThat(pivot50.find("march third thirty").get(0).canonical()).isEqualTo("2030-03-03");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "you may first want to rest",
        "we march forward",
        "three three eighty-two",
        "the year nineteen eighty two",
        "take two tablets twice a day",
        "I'm forty two",
        "about five or six times",
        "june is a nice month",
        "may I help you",
        "in march two of us got sick",
        "room three twelve",
      })
  void everyday_speech_is_not_a_date(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @Test
  void a_date_after_birth_date_is_a_date_of_birth() {
    var found = recognizer.find("my birth date is april fourth, nineteen seventy yeah");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(EntityKind.DOB);
    assertThat(found.get(0).canonical()).isEqualTo("1970-04-04");
  }

  @Test
  void a_day_of_an_everyday_month_word_after_on_the_is_a_date() {
    var text = "the surgery is on the twenty second of may";

    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("twenty second of may");
  }

  @Test
  void a_numeric_date_with_a_year_said_in_pairs_needs_no_cue() {
    var found = recognizer.find("i had the scan on oh three oh five twenty twenty three");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo(EntityKind.DATE);
    assertThat(found.get(0).canonical()).isEqualTo("2023-03-05");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call five oh three five two oh two three",
        "three five twenty twenty three",
        "i paid twelve twelve twenty twenty",
      })
  void digits_without_cue_or_date_shape_are_no_numeric_date(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "i had physical therapy april twenty four and may fifteen | april twenty four, may fifteen",
        "i was seen last wednesday, may twenty eighth, by the np | may twenty eighth",
        "the visit june ten got moved | june ten",
        "it's for the ambulance ride the fifth of may | fifth of may",
        "the follow up is may 3 and june twenty | may 3, june twenty",
      })
  void a_visit_date_said_with_no_cue_is_a_date(String text, String said) {
    assertThat(recognizer.find(text))
        .allMatch(found -> found.kind() == EntityKind.DATE)
        .extracting(found -> text.substring(found.start(), found.end()))
        .containsExactly(said.split(", "));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "we may first call the pharmacy",
        "you may second that",
        "march 5 miles every day",
        "in june ten tablets were left",
        "aug 5 works",
        "may i book for june",
      })
  void a_month_word_before_a_count_or_an_adverb_is_no_date(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "his birthday's february the third, uh, nineteen ninety and | february the third, uh,"
            + " nineteen ninety | 1990-02-03",
        "dob february the twenty fourth, like, nineteen thirty eight | february the twenty"
            + " fourth, like, nineteen thirty eight | 1938-02-24",
        "date of birth is may eighth, nine teen sixty three | may eighth, nine teen sixty three |"
            + " 1963-05-08",
        "i was born september fifth in nineteen eighty six | september fifth in nineteen eighty"
            + " six | 1986-09-05",
        "born june fifth in two thousand and one ok | june fifth in two thousand and one |"
            + " 2001-06-05",
      })
  void a_birth_date_keeps_its_year_across_a_filler_and_a_split_teen(
      String text, String said, String iso) {
    var found = recognizer.find(text);

    assertThat(found).extracting(Detection::kind).containsExactly(EntityKind.DOB);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(said);
    assertThat(found.get(0).canonical()).isEqualTo(iso);
  }

  @Test
  void a_number_after_in_that_says_no_century_is_no_year_of_the_date() {
    var text = "can we move it to june fifth in twenty minutes or so";

    var found = recognizer.find(text);

    assertThat(found)
        .extracting(d -> text.substring(d.start(), d.end()))
        .containsExactly("june fifth");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "date of birth is uh october um eighteenth nineteen uh forty nine and | october um"
            + " eighteenth nineteen uh forty nine | DOB",
        "the procedure was um march uh the the eleventh twenty twenty four ok | march uh the the"
            + " eleventh twenty twenty four | DATE",
        "born october, uh, the eighteenth, nineteen forty nine | october, uh, the eighteenth,"
            + " nineteen forty nine | DOB",
        "can you move me from december twentyeighth please | december twentyeighth | DATE",
        "born september twentyseventh seventy three i think | september twentyseventh seventy"
            + " three | DOB",
        "born june 22 nd nineteen and thirty seven and | june 22 nd nineteen and thirty seven | DOB",
        "her date of birth is october seventh nineteen and thirty two | october seventh nineteen"
            + " and thirty two | DOB",
        "i think the system has 26 november 83 as the birthdate | 26 november 83 | DOB",
      })
  void a_date_keeps_its_year_across_hesitations_run_together_tens_and_split_suffixes(
      String text, String said, EntityKind kind) {
    var found = recognizer.find(text);

    assertThat(found)
        .extracting(d -> text.substring(d.start(), d.end()), Detection::kind)
        .containsExactly(tuple(said, kind));
  }

  @Test
  void a_birth_date_given_in_named_pieces_written_is_a_date_of_birth_piece_by_piece() {
    var text = "the date of birth, month is May, day is the 9th, year is 61";

    var found = recognizer.find(text);

    assertThat(found)
        .extracting(d -> text.substring(d.start(), d.end()), Detection::kind)
        .containsExactlyInAnyOrder(
            tuple("May", EntityKind.DOB),
            tuple("9th", EntityKind.DOB),
            tuple("61", EntityKind.DOB));
  }

  @Test
  void a_birth_date_given_in_named_pieces_is_a_date_of_birth_piece_by_piece() {
    var text = "the date of birth, month is may the day is the ninth and the year sixty one";

    var found = recognizer.find(text);

    assertThat(found)
        .extracting(d -> text.substring(d.start(), d.end()), Detection::kind)
        .containsExactlyInAnyOrder(
            tuple("may", EntityKind.DOB),
            tuple("ninth", EntityKind.DOB),
            tuple("sixty one", EntityKind.DOB));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "what day is it today, the year is almost over",
        "i was born in the year nineteen sixty one",
        "date of birth is on file, day first, then month",
      })
  void a_named_piece_without_a_birth_date_is_no_date(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }
}
