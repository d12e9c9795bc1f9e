package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeRecognizerTest {
  private final AgeRecognizer recognizer = new AgeRecognizer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          she is 92 years old                | AGE [92] 92
          my nana who is 92 living with us   | AGE [92] 92
          mom's 101 and her birthday's soon  | AGE [101] 101
          a 97-year-old woman                | AGE [97] 97
          patient age 95                     | AGE [95] 95
          aged 101, lives alone              | AGE [101] 101
          I'm 93 years of age                | AGE [93] 93
          he's 90 yo                         | AGE [90] 90
          she's 97 and sharp as ever         | AGE [97] 97
          I am 91, and I live alone          | AGE [91] 91
          he is 104 now                      | AGE [104] 104
          Szimonetta Bickel (96) was seen    | AGE [96] 96
          Patientin, 94 Jahre alt            | AGE [94] 94
          Patiente de 92 ans, vit seule      | AGE [92] 92
          Paciente de 96 años                | AGE [96] 96
          Pacjent Jan Kowalski, lat 93       | AGE [93] 93
          Alter: 95                          | AGE [95] 95
          Umur: 91 tahun                     | AGE [91] 91
          年龄：92岁                            | AGE [92] 92
          나이: 93세                            | AGE [93] 93
          возраст 91 год                     | AGE [91] 91
          """)
  void an_age_over_eighty_nine_is_found(String text, String expected) {
    assertThat(Found.in(recognizer, text)).containsExactly(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "she is 45 years old",
        "age 30",
        "a 89-year-old man",
        "I have lived here 92 years",
        "room 95",
        "90 days supply",
        "aged 2000 years",
        "she's 45 and healthy",
        "he's 98.6 degrees",
        "she is 95 percent sure",
        "he's 90 pounds now",
        "Room (96) is free",
        "see Smith (96, 97) for the method",
        "the score (96%) rose",
        "Patientin, 84 Jahre alt",
        "lat 52.2, lon 21.0",
        "transl. 95 ansi"
      })
  void younger_ages_and_other_numbers_are_not_reported(String text) {
    assertThat(Found.in(recognizer, text)).isEmpty();
  }
}
