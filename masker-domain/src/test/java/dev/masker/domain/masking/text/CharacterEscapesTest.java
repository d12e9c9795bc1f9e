package dev.masker.domain.masking.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Escapes a model reads as characters are read as those characters by detection too. */
class CharacterEscapesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lo&#112;ez | Lopez",
        "Lo&#x70;ez | Lopez",
        "Lo&#X70;ez | Lopez",
        "maria&commat;example&period;com | maria@example.com",
        "415&nbsp;555&nbsp;2671 | 415 555 2671",
        "Lo%70ez | Lopez",
        "M%C3%BCller | Müller",
        "415%20555%202671 | 415 555 2671",
        "Lo\\u0070ez | Lopez",
        "Lo\\x70ez | Lopez",
        "&#52;&#49;&#53; 555 2671 | 415 555 2671",
        "maria.lopez [at] example [dot] com | maria.lopez@example.com",
        "maria.lopez(at)example(DOT)com | maria.lopez@example.com",
        "maria.lopez {at} example.com | maria.lopez@example.com"
      })
  void an_escaped_value_folds_to_the_value_and_maps_back_to_the_whole_escape(
      String written, String read) {
    var folded = FoldedText.of(written);

    assertThat(folded.text()).isEqualTo(read);
    assertThat(
            written.substring(folded.originalStart(0), folded.originalEnd(folded.text().length())))
        .isEqualTo(written);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fever down 50% in two days",
        "AT&T and R&D; &unknown; &#; &#xZZ;",
        "%zz %4 100%",
        "%C3 alone, %80 continuation, %00 control",
        "a path C:\\users\\x and \\u12 short",
        "&#0; &#x110000; \\ud800 lone surrogate",
        "see https://x.example/?name=Maria%20Lopez&dob=1961 and www.example.org/a%20b",
        "we met (at last) at the [dots] party"
      })
  void text_that_only_looks_like_an_escape_is_left_as_it_is(String text) {
    assertThat(FoldedText.of(text).text()).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void tag_characters_read_as_the_ascii_they_smuggle() {
    var smuggled = new StringBuilder("Maria ");
    "Lopez".chars().forEach(c -> smuggled.appendCodePoint(0xE0000 + c));

    assertThat(FoldedText.of(smuggled.toString()).text()).isEqualTo("Maria Lopez");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "call me at ❹❶❺ ❺❺❺ ❷❻❼❶ | call me at 415 555 2671",
        "➍➊➎-➎➎➎-➋➏➐➊ | 415-555-2671",
        "⓸⓵⓹ | 415",
        "415🙂555🙂2671 | 415 555 2671",
        "4📞1📞5 5\uD83D\uDC4D\uD83C\uDFFD55 | 4 1 5 5 55",
        "it's 5🙂 ok | it's 5🙂 ok",
        "my name is ᴍᴀʀɪᴀ ʟᴏᴘᴇᴢ | my name is maria lopez"
      })
  void digits_without_a_compatibility_form_and_emoji_between_digits(String written, String read) {
    assertThat(FoldedText.of(written).text()).isEqualTo(read);
  }
}
