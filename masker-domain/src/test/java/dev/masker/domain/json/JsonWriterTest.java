package dev.masker.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonWriterTest {
  private static String literal(String s) {
    var out = new StringBuilder();
    JsonWriter.writeString(s, out);
    return out.toString();
  }

  @Test
  void a_tree_is_written_compactly() {
    var tree =
        new JsonObject()
            .put("a", new JsonArray().add(new JsonNumber("1")).add(JsonNull.NULL))
            .put("b", new JsonObject().put("c", JsonBoolean.TRUE).put("d", JsonBoolean.FALSE))
            .put("e", new JsonString("x y"))
            .put("f", new JsonArray())
            .put("g", new JsonObject());

    assertThat(JsonWriter.write(tree))
        .isEqualTo(
            "{\"a\":[1,null],\"b\":{\"c\":true,\"d\":false},\"e\":\"x y\",\"f\":[],\"g\":{}}");
  }

  @Test
  void scalars_are_written_alone() {
    assertThat(JsonWriter.write(JsonNull.NULL)).isEqualTo("null");
    assertThat(JsonWriter.write(JsonBoolean.TRUE)).isEqualTo("true");
    assertThat(JsonWriter.write(JsonBoolean.FALSE)).isEqualTo("false");
    assertThat(JsonWriter.write(new JsonString(""))).isEqualTo("\"\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1e5", "-0", "1E+05", "0.000", "123456789012345678901234567890"})
  void a_number_is_written_verbatim(String text) {
    assertThat(JsonWriter.write(new JsonNumber(text))).isEqualTo(text);
  }

  @Test
  void quote_backslash_and_common_controls_get_short_escapes() {
    assertThat(literal("\" \\ \b \f \n \r \t")).isEqualTo("\"\\\" \\\\ \\b \\f \\n \\r \\t\"");
  }

  @Test
  void other_control_characters_get_unicode_escapes() {
    assertThat(literal("\u0000\u0001\u000b\u001f")).isEqualTo("\"\\u0000\\u0001\\u000b\\u001f\"");
  }

  @Test
  void line_and_paragraph_separators_are_escaped() {
    assertThat(literal("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
  }

  @Test
  void non_ascii_text_and_emoji_are_written_as_they_are() {
    var text = "José 😀 日本語 עברית / \u007f \u00a0 \uffff";

    assertThat(literal(text)).isEqualTo("\"" + text + "\"");
  }

  @Test
  void a_lone_surrogate_is_escaped_so_the_output_is_valid_unicode() {
    assertThat(literal("a\ud800b")).isEqualTo("\"a\\ud800b\"");
    assertThat(literal("\udc00")).isEqualTo("\"\\udc00\"");
    assertThat(literal("x\ud83d")).isEqualTo("\"x\\ud83d\"");
    assertThat(literal("\ude00\ud83d")).isEqualTo("\"\\ude00\\ud83d\"");
    assertThat(literal("\ud83d\ud83d\ude00")).isEqualTo("\"\\ud83d😀\"");
  }

  @Test
  void write_string_appends_to_what_is_already_there() {
    var out = new StringBuilder("prefix:");
    JsonWriter.writeString("a\nb", out);
    JsonWriter.write(new JsonArray().add(JsonNull.NULL), out);

    assertThat(out).hasToString("prefix:\"a\\nb\"[null]");
  }

  @Test
  void keys_are_written_in_insertion_order_and_escaped() {
    var object = new JsonObject().put("z", JsonNull.NULL).put("a\"b", JsonNull.NULL);
    object.put("z", JsonBoolean.TRUE);

    assertThat(JsonWriter.write(object)).isEqualTo("{\"z\":true,\"a\\\"b\":null}");

    object.remove("z");
    object.put("z", JsonBoolean.FALSE);
    assertThat(JsonWriter.write(object)).isEqualTo("{\"a\\\"b\":null,\"z\":false}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "\"\"",
        "-0",
        "{\"b\":1,\"a\":[1.0,1e5,-0,2E-3,true,false,null,\"x\"],\"c\":{\"d\":{}}}",
        "[\"Jos\u00e9 😀 \\\"quoted\\\" \\\\ \\n\",{\"\":\"\"}]",
        "[[[[[[[[[[]]]]]]]]]]"
      })
  void a_compact_text_is_written_back_identically(String text) {
    assertThat(JsonWriter.write(JsonParser.parse(text))).isEqualTo(text);
  }

  @Test
  void a_tree_as_deep_as_the_parser_accepts_is_written() {
    Json tree = new JsonArray();
    for (int i = 1; i < 512; i++) {
      tree = new JsonArray().add(tree);
    }

    assertThat(JsonWriter.write(tree)).isEqualTo("[".repeat(512) + "]".repeat(512));
  }

  @Test
  void a_tree_deeper_than_the_parser_accepts_is_refused() {
    Json tree = new JsonArray();
    for (int i = 0; i < 512; i++) {
      tree = new JsonObject().put("a", tree);
    }
    Json deep = tree;

    assertThatThrownBy(() -> JsonWriter.write(deep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nesting deeper than 512 levels");
  }

  @Test
  void a_tree_that_contains_itself_is_refused_and_never_overflows_the_stack() {
    var array = new JsonArray();
    array.add(array);

    assertThatThrownBy(() -> JsonWriter.write(array)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_missing_value_is_a_programming_error() {
    assertThatThrownBy(() -> JsonWriter.write(null)).isInstanceOf(NullPointerException.class);
    var object = new JsonObject().put("a", JsonNull.NULL);
    object.entries().iterator().next().setValue(null);
    assertThatThrownBy(() -> JsonWriter.write(object)).isInstanceOf(NullPointerException.class);
  }
}
