package dev.masker.domain.masking.regex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordStartsTest {

  @Test
  void word_starts_are_the_chars_no_letter_or_digit_comes_just_before() {
    var starts = WordStarts.of("ab, 12 x_3 é4");

    assertThat(starts.afterNoLetter()).containsExactly(0, 3, 4, 7, 9, 11);
  }

  @Test
  void digit_words_start_with_an_ascii_digit_after_no_letter_digit_or_underscore() {
    var starts = WordStarts.of("ab, 12 x_3 é4 (7) a9");

    assertThat(starts.digitWords()).containsExactly(4, 15);
  }

  @Test
  void the_recognizers_of_one_text_share_one_index_and_a_new_text_gets_its_own() {
    var text = "call me at 415 555 0123";
    var first = WordStarts.of(text);

    assertThat(WordStarts.of(text)).isSameAs(first);
    assertThat(WordStarts.of(new String(text)).afterNoLetter()).isEqualTo(first.afterNoLetter());
    assertThat(WordStarts.of("other").afterNoLetter()).containsExactly(0);
  }

  @Test
  void a_text_too_long_to_index_is_still_read_at_every_word_start() {
    var padding = "a word ".repeat(WordStarts.MAX_LENGTH / 7 + 1);
    var text = padding + "her member id is W 123456789, call me at (415) 555-0123";

    assertThat(WordStarts.of(text)).isNull();
    var found = Found.in(new RegexPass(), text);
    assertThat(found).isEqualTo(Found.in(new RegexPass(), text.substring(padding.length())));
    assertThat(found).anyMatch(value -> value.startsWith("PHONE [(415) 555-0123]"));
  }
}
