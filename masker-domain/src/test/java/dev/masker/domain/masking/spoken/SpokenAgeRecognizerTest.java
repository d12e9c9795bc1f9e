package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.EntityKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenAgeRecognizerTest {
  private final SpokenAgeRecognizer recognizer = new SpokenAgeRecognizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "she is ninety two years old | ninety two | 92",
        "my mother is a ninety-two year old woman | ninety-two | 92",
        "I'm ninety-five | ninety-five | 95",
        "um I'm ninety five and I live alone | ninety five | 95",
        "age one hundred and one | one hundred and one | 101",
        "he turned ninety last week | ninety | 90",
        "patient is 94 years old | 94 | 94",
        "she's a ninety two-year-old widow living alone | ninety two | 92",
        "aged one hundred | one hundred | 100",
        "she'll be one hundred and two in march | one hundred and two | 102",
        "my grandpa's a hundred and three | a hundred and three | 103",
        "her mom's ninety seven and still sharp | ninety seven | 97",
        "he's going to be ninety one in may | ninety one | 91",
        "she turns ninety four on friday | ninety four | 94",
        "he will turn a hundred next year | a hundred | 100",
        "at ninety six she still swims | ninety six | 96",
        "born in twenty seven so that makes her ninety eight yeah | ninety eight | 98",
        "believe it or not he's one oh two, so yeah | one oh two | 102",
        "at one oh six they told us surgery was out | one oh six | 106",
        "my grandmother's hundred and five and she fell | hundred and five | 105",
        "ninety-two years young, that's how she puts it | ninety-two | 92",
        "she's a hundred four years old and on medicaid | a hundred four | 104",
        "he's pushing ninety five now | ninety five | 95",
        "she is almost ninety nine | ninety nine | 99",
        "my dad is 93 | 93 | 93",
        "my mother, ninety six, lives alone | ninety six | 96",
        "at ninety four she's still sharp | ninety four | 94",
      })
  void an_age_over_eighty_nine_is_found(String text, String spoken, String canonical) {
    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    var d = found.get(0);
    assertThat(d.kind()).isEqualTo(EntityKind.AGE);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(spoken);
    assertThat(d.canonical()).isEqualTo(canonical);
  }

  @org.junit.jupiter.api.Test
  void an_age_corrected_or_said_for_the_next_birthday_is_found_too() {
    var text = "oh she's ninety one, ninety two in december, still sharp";
    assertThat(recognizer.find(text))
        .extracting(d -> text.substring(d.start(), d.end()))
        .containsExactly("ninety one", "ninety two");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "my grandma is sixty five yes hi no sorry ninety six and she's on prednisone | ninety six",
        "my grandma is eighty six so no sorry ninety six | ninety six",
        "she's ninety three no ninety four sorry i had it wrong | ninety three; ninety four",
        "he is ninety five going on ninety six and he still drives | ninety five; ninety six",
        "he says he's ninety but he's actually ninety four | ninety; ninety four",
        "his name was didac ferrari he was one hundred and six | one hundred and six"
      })
  void an_age_said_to_correct_the_one_before_or_said_in_the_past_is_found(
      String text, String ages) {
    assertThat(recognizer.find(text))
        .extracting(d -> text.substring(d.start(), d.end()))
        .containsExactly(ages.split("; "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "she is sixty five no sorry ninety pounds",
        "the total was ninety five",
        "she was eighty no wait ninety percent better"
      })
  void a_correction_to_a_measure_is_no_age(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm forty two",
        "she is eighty nine years old",
        "I'm ninety-five percent sure",
        "the total is ninety five",
        "ninety years ago",
        "it took ninety minutes",
        "he weighs one hundred and ninety pounds",
        "room ninety two",
        "I'm 95 percent sure",
        "it will be ninety dollars",
        "my dad's ninety percent better",
        "at ninety miles an hour",
        "at ninety two the road turns",
        "turn ninety degrees to the left",
        "it's going to be ninety dollars",
        "my grandpa's eighty eight",
      })
  void an_age_of_eighty_nine_or_less_or_a_number_that_is_no_age_is_not_reported(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void an_age_said_with_a_hundred_is_found() {
    var text = "my grandmother is a hundred and one years old";

    var found = recognizer.find(text);

    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("a hundred and one");
    assertThat(found.get(0).canonical()).isEqualTo("101");
  }

  @org.junit.jupiter.api.Test
  void an_age_of_a_relative_named_before_is_is_found() {
    var found = recognizer.find("i'm eighty and my husband walter is ninety three");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).canonical()).isEqualTo("93");
  }

  @org.junit.jupiter.api.Test
  void an_age_of_an_in_law_or_a_step_parent_is_found() {
    assertThat(recognizer.find("my father in law is ninety five and he needs a home visit"))
        .extracting(d -> d.canonical())
        .containsExactly("95");
    assertThat(recognizer.find("my stepmom is a hundred and one"))
        .extracting(d -> d.canonical())
        .containsExactly("101");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the patient oxygen is ninety two",
        "my mother sugar is ninety five",
        "it costs a hundred dollars",
        "i'm a hundred percent sure",
        "my pressure is over ninety",
        "my dad's blood sugar is 93",
        "my sugar is about ninety five",
        "he's like ninety pounds",
        "my dad is 93 miles away",
      })
  void a_measurement_or_an_amount_after_a_subject_is_no_age(String text) {
    assertThat(recognizer.find(text)).isEmpty();
  }
}
