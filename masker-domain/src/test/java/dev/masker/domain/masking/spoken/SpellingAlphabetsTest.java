package dev.masker.domain.masking.spoken;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// The transcripts below are written for these tests in the style of speech-to-text output.
class SpellingAlphabetsTest {

  private static String read(String text) {
    var words = new StringBuilder();
    for (var t : SpokenTokens.of(text)) {
      words.append(words.isEmpty() ? "" : " ").append(t.text());
    }
    return words.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "plate is charlie golf zulu eight one two | plate is c g z eight one two",
        "serial xray romeo three one | serial x r three one",
        "plate is x-ray romeo three one | plate is x r three one",
        "the x-ray was fine | the xray was fine",
        "it says five king six nine | it says five k six nine",
        "dea is alpha dog double three | dea is a d double three",
        "w d lima umbrella six | w d l u six",
        "tell mike i called | tell mike i called",
        "my son david is five | my son david is five",
        "born nine november nineteen fifty | born nine november nineteen fifty",
        "november six at noon | november six at noon",
        "nine november tango two | nine n t two",
        "the dog ate it | the dog ate it",
      })
  void alphabet_words_inside_a_code_are_its_letters(String text, String read) {
    assertThat(read(text)).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "her plate is charlie golf zulu eight one two ok | charlie golf zulu eight one two |"
            + " VEHICLE_ID",
        "the cpap serial number is fox hotel nine five nine four oh eight three it's new | fox"
            + " hotel nine five nine four oh eight three | DEVICE_ID",
        "my driver's license number is whiskey dog lima umbrella six november bravo king juliet"
            + " and | whiskey dog lima umbrella six november bravo king juliet | LICENSE",
      })
  void a_code_spelled_with_alphabet_words_is_found_whole(
      String text, String said, EntityKind kind) {
    var found = new SpokenIdentifierRecognizer().find(text);

    assertThat(found)
        .extracting(d -> text.substring(d.start(), d.end()), Detection::kind)
        .containsExactly(org.assertj.core.api.Assertions.tuple(said, kind));
  }
}
