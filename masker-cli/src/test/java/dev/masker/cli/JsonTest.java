package dev.masker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void objects_arrays_strings_numbers_and_literals_are_read() {
    var value =
        Json.parse(" {\"id\": 1.5, \"text\": \"a\\\"b\\u00e9\\n\", \"x\": [true, null, {}]} ");

    assertThat(value)
        .isEqualTo(
            Map.of(
                "id", 1.5, "text", "a\"bé\n", "x", java.util.Arrays.asList(true, null, Map.of())));
  }

  @Test
  void broken_json_names_the_position_but_not_the_content() {
    assertThatThrownBy(() -> Json.parse("{\"text\": \"secret value"))
        .hasMessageContaining("character")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> Json.parse("{} trailing")).hasMessageContaining("after the value");
    assertThatThrownBy(() -> Json.parse("[".repeat(100))).hasMessageContaining("deeply");
  }

  @Test
  void quoting_escapes_what_json_requires() {
    assertThat(Json.quote("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    assertThat(Json.parse(Json.quote("tab\there é 😀"))).isEqualTo("tab\there é 😀");
  }
}
