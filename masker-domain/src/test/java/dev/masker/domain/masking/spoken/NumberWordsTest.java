package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "five five five one two one two | 5551212",
        "oh | ",
        "oh three | 03",
        "zero zero seven | 007",
        "five oh five | 505",
        "double five | 55",
        "triple seven | 777",
        "double oh seven | 007",
        "twelve twelve | 1212",
        "fifty five | 55",
        "forty-two | 42",
        "fifty | 50",
        "two hundred | 200",
        "two hundred and one | 201",
        "one hundred twenty | 120",
        "one eight hundred five five five one two one two | 18005551212",
        "nineteen hundred | 1900",
        "two thousand four | 2004",
        "two thousand and twenty three | 2023",
        "sixty four million eight hundred twenty thousand three hundred seventy five | 64820375",
        "two million and five | 2000005",
        "eight hundred twenty thousand one hundred five | 820105",
        "three hundred and five thousand | 305000",
        "four one five 555 twelve twelve | 4155551212",
        "four-one-five, 555, twelve twelve | 4155551212",
        "four one five dash five five five dash one two one two | 4155551212",
        "three one two dot five five five dot zero one eight seven | 3125550187",
        "three one two and five five five and zero one eight seven | 3125550187",
        "four one five. five five five. one two one two | 4155551212",
        "four one five um five five five uh one two one two | 4155551212",
        "four one five, you know, five five five | 415555",
        "Four One Five | 415",
        "FIVE five 5 | 555",
      })
  void a_run_of_spoken_numbers_reads_as_the_digits_a_person_would_type(
      String phrase, String digits) {
    if (digits == null) {
      assertThat(NumberWords.digits(phrase)).isEmpty();
    } else {
      assertThat(NumberWords.digits(phrase)).contains(digits);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "five five five um",
        "five five five, and",
        "five five five like ok",
        "five five five."
      })
  void a_run_ends_at_the_last_number_not_at_the_trailing_filler(String text) {
    var tokens = SpokenTokens.of(text);
    var run = NumberWords.read(tokens, 0).orElseThrow();

    assertThat(text.substring(run.start(), run.end())).isEqualTo("five five five");
    assertThat(run.digits()).isEqualTo("555");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hello", "oh I see", "double trouble", "the one", ", five"})
  void a_run_does_not_start_at_a_word_that_is_not_a_number(String text) {
    assertThat(NumberWords.read(SpokenTokens.of(text), 0)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "five five five and one two | 555",
        "five and six six six | 5",
        "two and three and four | 2",
        "call five five five now six | 555",
      })
  void another_word_ends_the_run(String text, String firstRun) {
    var tokens = SpokenTokens.of(text);
    int from = tokens.get(0).is("call") ? 1 : 0;

    assertThat(NumberWords.read(tokens, from).orElseThrow().digits()).isEqualTo(firstRun);
  }

  @ParameterizedTest
  @ValueSource(strings = {"five, , , , , five", "five um uh er hmm um five"})
  void a_long_gap_of_fillers_splits_two_numbers(String text) {
    assertThat(NumberWords.read(SpokenTokens.of(text), 0).orElseThrow().digits()).isEqualTo("5");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "for one five five five five oh one too too | 4155550122",
        "four one five, five five five, won two three four | 4155551234",
        "ate one ate five five five zero one two two | 8185550122",
      })
  void homophones_of_digit_words_go_on_a_number_said_digit_by_digit(String text, String digits) {
    var tokens = SpokenTokens.of(text);
    var runs = new java.util.ArrayList<NumberWords.Run>();
    for (int i = 0; i < tokens.size(); i++) {
      NumberWords.read(tokens, i).ifPresent(runs::add);
    }

    assertThat(runs)
        .anySatisfy(
            run -> {
              assertThat(run.digits()).isEqualTo(digits);
              assertThat(run.start()).isZero();
              assertThat(run.end()).isEqualTo(text.length());
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "for to seven one to zero nine for for, that's the patient number | 427120944",
        "the number: for to seven one to zero nine for for | 427120944",
      })
  void homophones_at_the_edges_of_a_number_said_alone_between_marks_go_on_it(
      String text, String digits) {
    var tokens = SpokenTokens.of(text);
    int from = 0;
    while (Homophones.digit(tokens.get(from)) < 0) {
      from++;
    }
    while (from + 1 < tokens.size() && Homophones.digit(tokens.get(from + 1)) >= 0) {
      from++; // the first digit word after the homophones: where a reader starts
    }

    assertThat(NumberWords.read(tokens, from + 1).orElseThrow().digits()).isEqualTo(digits);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "for two days | 2",
        "twenty to five | 20",
        "for five five five triple seven one | 5557771",
        "five five five one two one two to confirm | 5551212",
      })
  void a_homophone_is_a_word_outside_a_number_said_digit_by_digit(String text, String first) {
    var tokens = SpokenTokens.of(text);
    int from = tokens.get(0).is("for") ? 1 : 0;

    assertThat(NumberWords.read(tokens, from).orElseThrow().digits()).isEqualTo(first);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "four one five, then five five five, then oh one three four | 4155550134 | true",
        "415, then 555, then 0134 | 4155550134 | true",
        "415 dash 555 dash 0134 | 4155550134 | true",
        "415 555 0134 | 4155550134 | false",
        "four won five five five five oh won three four | 4155550134 | true",
        "four one five five ate five oh one three for | 4155850134 | true",
      })
  void then_joins_groups_and_a_word_between_written_groups_makes_the_run_spoken(
      String text, String digits, boolean spoken) {
    var run = NumberWords.read(SpokenTokens.of(text), 0).orElseThrow();

    assertThat(run.digits()).isEqualTo(digits);
    assertThat(run.hasWord()).isEqualTo(spoken);
  }
}
