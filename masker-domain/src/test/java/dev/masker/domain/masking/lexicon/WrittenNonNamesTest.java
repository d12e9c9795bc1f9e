package dev.masker.domain.masking.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.masking.Detection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Capitalised words in written text that are no person: greetings of other languages ({@link
 * GreetingPhrases}), countries that are also given names ({@link CountryMention}), words of a title
 * or heading ({@link TitleCaseHeading}); and, beside each, the names of the same shape that must
 * stay found. The sentences are written for these tests.
 */
class WrittenNonNamesTest {
  private static final double THRESHOLD = 0.6;
  private final NameRecognizer names = new NameRecognizer();

  private List<String> reported(String text) {
    return names.find(text).stream()
        .filter(d -> d.confidence() >= THRESHOLD)
        .map(Detection::canonical)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Bom Dia, I need to move my appointment.",
        "Buenos Días, I am calling about my bill.",
        "Guten Tag, my prescription ran out.",
        "Muito Obrigado for the quick reply.",
        "Dzień Dobry, the results came in this morning.",
        "Boa Tarde, is the clinic open?",
        "Thanks again. Bom dia!",
        "Muchas gracias, Señor.",
      })
  void a_greeting_of_another_language_is_no_name(String text) {
    assertThat(reported(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bom dia Mariana, the results are ready. | mariana",
        "Guten Tag Herr Schneider, your refill is ready. | schneider",
        "Obrigado, Dia Santos, for the call. | dia santos",
        "Danke Schön, Ola Nordmann. | ola nordmann",
        "Gracias Señor Garcia, hasta luego. | garcia",
      })
  void the_person_greeted_is_still_a_name(String text, String canonical) {
    assertThat(reported(text)).anyMatch(found -> found.endsWith(canonical));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "We have flights from Chad to Turkey on Monday.",
        "She moved here from Jordan last year.",
        "He visited Georgia and Armenia last summer.",
        "Refugees from Chad and Sudan were seen.",
        "Travel history: Chad, Niger, Mali.",
        "A trip to Jordan and Israel is planned.",
        "She is a citizen of Jordan.",
        "Malaria risk is high across Chad.",
        "we have flights from chad to turkey",
      })
  void a_country_after_a_place_word_or_beside_another_country_is_no_name(String text) {
    assertThat(reported(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Chad Miller called about his refill. | chad miller",
        "I spoke with Chad yesterday. | chad",
        "A message from Jordan came in. | jordan",
        "I talked to Jordan about the bill. | jordan",
        "The letter was sent to Jordan on Friday. | jordan",
        "My son Jordan lives in Chad. | jordan",
        "Thanks, Georgia, for the update. | georgia",
        "Jordan Ellis travelled from Chad last week. | jordan ellis",
        "The mother of Jordan called. | jordan",
        "An update from Jordan arrived this morning. | jordan",
        "The task was assigned to Chad. | chad",
      })
  void a_country_name_used_for_a_person_is_still_a_name(String text, String canonical) {
    assertThat(reported(text)).contains(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Hope Ward Visiting Hours",
        "Victoria Wing Parking",
        "Major Depressive Disorder was ruled out.",
      })
  void name_words_heading_a_run_of_title_words_are_no_name(String text) {
    assertThat(reported(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Anna Schmidt Practice Manager | anna schmidt",
        "Grace Lopez Discharge Summary | grace lopez",
        "Jack Frost Warning for the weekend. | jack frost",
        "Seen by Hope Castellano on Tuesday. | hope castellano",
        "Grace Okafor reviewed the chart. | grace okafor",
        "Victoria Lopez signed the form. | victoria lopez",
      })
  void a_name_before_an_ordinary_word_is_still_a_name(String text, String canonical) {
    assertThat(reported(text)).contains(canonical);
  }
}
