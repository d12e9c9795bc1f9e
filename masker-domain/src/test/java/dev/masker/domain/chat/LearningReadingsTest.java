package dev.masker.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The readings of a text a chat request is also read in, only to learn from (ADR 18). */
class LearningReadingsTest {

  @Test
  void digits_between_letters_of_a_word_read_as_the_letters_they_stand_for() {
    assertThat(DigitsForLetters.of("my name is Gr3ta Wh1tc0mb3"))
        .isEqualTo("my name is Greta Whitcombe");
    assertThat(DigitsForLetters.of("WH1TC0MB3")).isEqualTo("WHITCOMBE");
    assertThat(DigitsForLetters.of("member QRT583906, B12, 4b, COVID-19, room 12")).isNull();
  }

  @Test
  void csv_rows_with_no_space_after_their_commas_read_with_one() {
    assertThat(CommaSpaced.of("Whitcombe,Greta,52930471\nok, fine"))
        .isEqualTo("Whitcombe, Greta, 52930471\nok, fine");
    assertThat(CommaSpaced.of("1,234,567 and a, b, c")).isNull();
  }

  @Test
  void long_numbers_grouped_by_thousands_read_without_the_separators() {
    assertThat(ThousandsGrouped.of("my mrn is 52,930,471.")).isEqualTo("my mrn is 52930471.");
    assertThat(ThousandsGrouped.of("call 3.125.550.187 now")).isEqualTo("call 3125550187 now");
    assertThat(ThousandsGrouped.of("it costs 1,250 or 12,50 or 1,234,56 or 52,930")).isNull();
  }

  @Test
  void a_phone_said_around_an_aside_reads_whole() {
    assertThat(NumberAsides.of("it's 555 0187, area code 312")).isEqualTo("it's 312 555 0187");
    assertThat(NumberAsides.of("call me at 312 (that's Chicago) 555 0187"))
        .isEqualTo("call me at 312 555 0187");
    assertThat(NumberAsides.of("take 2 (two) tablets, the area code is fine")).isNull();
  }
}
