package dev.masker.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonScalarTest {
  @Test
  void printing_a_string_shows_its_length_only() {
    assertThat(new JsonString("Maria Lopez 415")).hasToString("JsonString[15 chars]");
  }

  @Test
  void printing_a_number_shows_its_length_only() {
    assertThat(new JsonNumber("4155552671")).hasToString("JsonNumber[10 chars]");
  }

  @Test
  void numbers_are_equal_when_written_alike() {
    assertThat(new JsonNumber("1.0")).isEqualTo(new JsonNumber("1.0"));
    assertThat(new JsonNumber("1.0")).isNotEqualTo(new JsonNumber("1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 1", "1 ", "01", "1.", "+1", "NaN", "4155552671x", "0x10"})
  void a_number_text_outside_the_grammar_is_refused_without_showing_it(String text) {
    assertThatThrownBy(() -> new JsonNumber(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON number");
  }

  @Test
  void null_texts_are_refused() {
    assertThatThrownBy(() -> new JsonNumber(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new JsonString(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_boolean_converts_to_and_from_java() {
    assertThat(JsonBoolean.of(true)).isSameAs(JsonBoolean.TRUE);
    assertThat(JsonBoolean.of(false)).isSameAs(JsonBoolean.FALSE);
    assertThat(JsonBoolean.TRUE.value()).isTrue();
    assertThat(JsonBoolean.FALSE.value()).isFalse();
  }
}
