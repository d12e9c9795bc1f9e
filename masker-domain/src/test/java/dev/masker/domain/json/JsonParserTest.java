package dev.masker.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {
  @Test
  void the_three_literals_are_read() {
    assertThat(JsonParser.parse("true")).isSameAs(JsonBoolean.TRUE);
    assertThat(JsonParser.parse("false")).isSameAs(JsonBoolean.FALSE);
    assertThat(JsonParser.parse("null")).isSameAs(JsonNull.NULL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tru", "True", "nul", "NULL", "fals", "t", "undefined"})
  void a_misspelt_literal_is_refused(String text) {
    assertThatThrownBy(() -> JsonParser.parse(text))
        .isInstanceOfSatisfying(JsonSyntaxException.class, e -> assertThat(e.offset()).isZero());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "1",
        "-1",
        "10",
        "1234567890",
        "1.0",
        "1.50",
        "0.5",
        "-0.0",
        "1e5",
        "1E5",
        "1e+5",
        "1e-5",
        "1E+05",
        "0e0",
        "-1.5e-10",
        "123456789012345678901234567890.000000001e999"
      })
  void a_number_keeps_its_text_exactly_as_written(String text) {
    assertThat(JsonParser.parse(text)).isEqualTo(new JsonNumber(text));
    assertThat(JsonParser.parse("[" + text + "]"))
        .isEqualTo(new JsonArray().add(new JsonNumber(text)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01",
        "-01",
        "00",
        "1.",
        "-",
        "-a",
        ".5",
        "+1",
        "1e",
        "1e+",
        "1E-",
        "1.e5",
        "--1",
        "0x1",
        "NaN",
        "Infinity",
        "-Infinity",
        "1.5.2",
        "1e5e5"
      })
  void a_number_outside_the_json_grammar_is_refused(String text) {
    assertThatThrownBy(() -> JsonParser.parse(text)).isInstanceOf(JsonSyntaxException.class);
    assertThatThrownBy(() -> JsonParser.parse("[" + text + "]"))
        .isInstanceOf(JsonSyntaxException.class);
  }

  @Test
  void a_string_without_escapes_is_read_as_it_is() {
    assertThat(JsonParser.parse("\"\"")).isEqualTo(new JsonString(""));
    assertThat(JsonParser.parse("\"Hello, world\"")).isEqualTo(new JsonString("Hello, world"));
  }

  @Test
  void every_short_escape_is_read() {
    assertThat(JsonParser.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\""))
        .isEqualTo(new JsonString("\" \\ / \b \f \n \r \t"));
  }

  @Test
  void plain_runs_around_escapes_are_kept() {
    assertThat(JsonParser.parse("\"ab\\ncd\\tef\\\"\"")).isEqualTo(new JsonString("ab\ncd\tef\""));
    assertThat(JsonParser.parse("[\"a\\nb\",\"plain\",\"\\u0041\"]"))
        .isEqualTo(
            new JsonArray()
                .add(new JsonString("a\nb"))
                .add(new JsonString("plain"))
                .add(new JsonString("A")));
  }

  @Test
  void a_unicode_escape_is_read_in_either_case() {
    assertThat(JsonParser.parse("\"\\u0041\\u00e9\\u00E9\\u0000\\uFFFF\""))
        .isEqualTo(new JsonString("Aéé\u0000\uffff"));
  }

  @Test
  void an_escaped_surrogate_pair_is_one_code_point() {
    var value = (JsonString) JsonParser.parse("\"\\ud83d\\ude00\"");

    assertThat(value.value()).isEqualTo("😀");
    assertThat(value.value().codePointCount(0, value.value().length())).isOne();
  }

  @Test
  void a_lone_surrogate_escape_is_kept_as_the_char() {
    assertThat(JsonParser.parse("\"a\\ud800b\"")).isEqualTo(new JsonString("a\ud800b"));
    assertThat(JsonParser.parse("\"\\udc00\"")).isEqualTo(new JsonString("\udc00"));
    assertThat(JsonParser.parse("\"\\ude00\\ud83d\"")).isEqualTo(new JsonString("\ude00\ud83d"));
  }

  @Test
  void emoji_and_non_ascii_text_are_read_as_they_are() {
    var text = "José said 😀 and 日本語 and עברית \u2028 \u007f";

    assertThat(JsonParser.parse("\"" + text + "\"")).isEqualTo(new JsonString(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\\x\"", "\"\\U0041\"", "\"\\'\"", "\"\\0\"", "\"\\"})
  void an_unknown_escape_is_refused(String text) {
    assertThatThrownBy(() -> JsonParser.parse(text))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> {
              assertThat(e.offset()).isEqualTo(2);
              assertThat(e.getMessage()).isEqualTo("expected an escape character at offset 2");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\\u12G4\"", "\"\\u12\"", "\"\\u12", "\"\\u１２３４\""})
  void a_unicode_escape_needs_four_ascii_hex_digits(String text) {
    assertThatThrownBy(() -> JsonParser.parse(text))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> assertThat(e.getMessage()).startsWith("expected a hex digit at offset"));
  }

  @Test
  void a_raw_control_character_in_a_string_is_refused() {
    for (char c = 0; c < 0x20; c++) {
      var plain = "\"ab" + c + "\"";
      var afterEscape = "\"\\n" + c + "\"";
      for (var text : List.of(plain, afterEscape)) {
        assertThatThrownBy(() -> JsonParser.parse(text))
            .isInstanceOfSatisfying(
                JsonSyntaxException.class,
                e -> {
                  assertThat(e.offset()).isEqualTo(3);
                  assertThat(e.getMessage())
                      .isEqualTo("expected an escape for a control character at offset 3");
                });
      }
    }
  }

  @Test
  void an_unterminated_string_is_refused_at_the_end() {
    assertThatThrownBy(() -> JsonParser.parse("\"abc"))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(4));
    assertThatThrownBy(() -> JsonParser.parse("\"a\\nbc"))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(6));
  }

  @Test
  void empty_containers_are_read() {
    assertThat(JsonParser.parse("{}")).isEqualTo(new JsonObject());
    assertThat(JsonParser.parse("[]")).isEqualTo(new JsonArray());
    assertThat(JsonParser.parse("[[],{}]"))
        .isEqualTo(new JsonArray().add(new JsonArray()).add(new JsonObject()));
  }

  @Test
  void an_object_keeps_its_keys_in_the_order_written() {
    var object = JsonParser.parseObject("{\"z\":1,\"a\":2,\"m\":3,\"b\":4}");

    assertThat(object.entries()).extracting(e -> e.getKey()).containsExactly("z", "a", "m", "b");
  }

  @Test
  void duplicate_keys_are_refused_at_the_second_one_without_quoting_it() {
    // Parsers disagree on which duplicate wins; the upstream's might keep the unmasked one.
    assertThatThrownBy(() -> JsonParser.parseObject("{\"a\":1,\"b\":2,\"a\":3}"))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessage("duplicate key at offset 13");
    assertThatThrownBy(() -> JsonParser.parse("[{\"k\":{\"x\":1,\"x\":1}}]"))
        .isInstanceOf(JsonSyntaxException.class)
        .hasMessageStartingWith("duplicate key");
    assertThat(JsonParser.parseObject("{\"a\":{\"a\":1},\"b\":{\"a\":2}}").size()).isEqualTo(2);
  }

  @Test
  void whole_character_parsing_refuses_lone_surrogates_raw_or_escaped() {
    for (var json :
        new String[] {
          "{\"t\":\"a\\ud800b\"}",
          "{\"t\":\"\\udc00\"}",
          "{\"t\":\"\\ude00\\ud83d\"}",
          "{\"t\":\"x\ud800\"}",
          "{\"t\":\"\\n\udc00\"}",
          "{\"\\ud800\":1}"
        }) {
      assertThatThrownBy(() -> JsonParser.parseWholeObject(json))
          .as(json)
          .isInstanceOf(JsonSyntaxException.class)
          .hasMessageStartingWith("expected a whole surrogate pair");
    }
    assertThat(JsonParser.parseWholeObject("{\"t\":\"\\ud83d\\ude00 \ud83d\ude00\"}").string("t"))
        .isEqualTo("\ud83d\ude00 \ud83d\ude00");
  }

  @Test
  void whole_character_parsing_takes_a_pair_half_raw_and_half_escaped_as_the_character_it_is() {
    var high = String.valueOf(Character.highSurrogate(0x1F600));
    var low = String.valueOf(Character.lowSurrogate(0x1F600));

    assertThat(JsonParser.parseWholeObject("{\"t\":\"" + high + "\\ude00\"}").string("t"))
        .isEqualTo("😀");
    assertThat(JsonParser.parseWholeObject("{\"t\":\"\\ud83d" + low + "\"}").string("t"))
        .isEqualTo("😀");
    assertThatThrownBy(() -> JsonParser.parseWholeObject("{\"t\":\"" + high + "\\n\"}"))
        .hasMessageStartingWith("expected a whole surrogate pair");
  }

  @Test
  void keys_may_hold_escapes_and_any_text() {
    var object = JsonParser.parseObject("{\"\":1,\"a\\nb\":2,\"😀\":3}");

    assertThat(object.has("")).isTrue();
    assertThat(object.has("a\nb")).isTrue();
    assertThat(object.has("😀")).isTrue();
  }

  @Test
  void json_whitespace_is_allowed_around_every_token() {
    var text = " \t\r\n{ \"a\" \n:\t[ 1 ,\r\n\"x\" , true , null ] , \"b\" : { } } \n";

    assertThat(JsonParser.parse(text))
        .isEqualTo(
            new JsonObject()
                .put(
                    "a",
                    new JsonArray()
                        .add(new JsonNumber("1"))
                        .add(new JsonString("x"))
                        .add(JsonBoolean.TRUE)
                        .add(JsonNull.NULL))
                .put("b", new JsonObject()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0", "\f", "\u000b", "\u2028", "\ufeff"})
  void other_whitespace_is_refused(String space) {
    assertThatThrownBy(() -> JsonParser.parse(space + "1"))
        .isInstanceOfSatisfying(JsonSyntaxException.class, e -> assertThat(e.offset()).isZero());
    assertThatThrownBy(() -> JsonParser.parse("[1," + space + "2]"))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(3));
  }

  static Stream<Arguments> malformed_texts() {
    return Stream.of(
        Arguments.of("", 0, "expected a JSON value"),
        Arguments.of("   ", 3, "expected a JSON value"),
        Arguments.of("{", 1, "expected a string key or '}'"),
        Arguments.of("{1:2}", 1, "expected a string key or '}'"),
        Arguments.of("{'a':1}", 1, "expected a string key or '}'"),
        Arguments.of("{\"a\" 1}", 5, "expected ':'"),
        Arguments.of("{\"a\"", 4, "expected ':'"),
        Arguments.of("{\"a\":}", 5, "expected a JSON value"),
        Arguments.of("{\"a\":1,}", 7, "expected a string key"),
        Arguments.of("{\"a\":1 \"b\":2}", 7, "expected ',' or '}'"),
        Arguments.of("{\"a\":1", 6, "expected ',' or '}'"),
        Arguments.of("{\"a\":1]", 6, "expected ',' or '}'"),
        Arguments.of("[", 1, "expected a JSON value"),
        Arguments.of("[1,]", 3, "expected a JSON value"),
        Arguments.of("[,1]", 1, "expected a JSON value"),
        Arguments.of("[1 2]", 3, "expected ',' or ']'"),
        Arguments.of("[1", 2, "expected ',' or ']'"),
        Arguments.of("[1}", 2, "expected ',' or ']'"),
        Arguments.of("]", 0, "expected a JSON value"),
        Arguments.of("01", 1, "expected end of input"),
        Arguments.of("1 2", 2, "expected end of input"),
        Arguments.of("{} x", 3, "expected end of input"),
        Arguments.of("[]]", 2, "expected end of input"),
        Arguments.of("truex", 4, "expected end of input"),
        Arguments.of("-", 1, "expected a digit"),
        Arguments.of("1.", 2, "expected a digit"),
        Arguments.of("[1.x]", 3, "expected a digit"),
        Arguments.of("1e+", 3, "expected a digit"),
        Arguments.of("[tru]", 1, "expected 'true'"),
        Arguments.of("[nul", 1, "expected 'null'"),
        Arguments.of("falsy", 0, "expected 'false'"));
  }

  @ParameterizedTest
  @MethodSource("malformed_texts")
  void a_syntax_error_names_its_offset_and_what_was_expected(
      String text, int offset, String expected) {
    assertThatThrownBy(() -> JsonParser.parse(text))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> {
              assertThat(e.offset()).isEqualTo(offset);
              assertThat(e.getMessage()).isEqualTo(expected + " at offset " + offset);
            });
  }

  @Test
  void error_messages_never_contain_any_of_the_input() {
    var phi = "Maria Lopez 415 555 2671";
    var texts =
        List.of(
            "{\"name\":\"" + phi + "\"",
            "{\"name\":\"" + phi,
            "{\"name\":\"" + phi + "\n\"}",
            "{\"name\":" + phi + "}",
            "{\"" + phi + "\"}",
            "{\"" + phi + "\":\"" + phi + "\" \"x\":1}",
            "[\"" + phi + "\" \"" + phi + "\"]",
            "\"" + phi + "\\q\"",
            "\"" + phi + "\\u41G1\"",
            phi,
            "\"" + phi + "\" " + phi,
            "{\"phone\":415 555 2671}",
            "{\"phone\":4155552671x}",
            "{\"phone\":-Maria}",
            "[" + phi + "]",
            "{\"a\":1}" + phi);
    for (var text : texts) {
      assertThatThrownBy(() -> JsonParser.parse(text))
          .isInstanceOfSatisfying(
              JsonSyntaxException.class,
              e -> {
                assertThat(e.getMessage())
                    .doesNotContain("Maria", "Lopez", "415", "555", "2671", "phone", "name")
                    .matches("[a-zA-Z ',:}\\]'\"]+ at offset \\d+");
                assertThat(e.toString()).doesNotContain("Maria", "Lopez", "2671");
                assertThat(e.getCause()).isNull();
              });
      assertThatThrownBy(() -> JsonParser.parseObject(text))
          .isInstanceOfSatisfying(
              JsonSyntaxException.class,
              e -> assertThat(e.getMessage()).doesNotContain("Maria", "Lopez", "2671", "555"));
    }
  }

  @Test
  void nesting_up_to_512_levels_is_read() {
    var text = "[".repeat(512) + "]".repeat(512);

    Json value = JsonParser.parse(text);
    int depth = 0;
    while (value instanceof JsonArray array && array.size() > 0) {
      value = array.get(0);
      depth++;
    }
    assertThat(depth).isEqualTo(511);
    assertThat(JsonParser.parse("{\"a\":".repeat(511) + "[]" + "}".repeat(511))).isNotNull();
  }

  @Test
  void nesting_deeper_than_512_levels_is_refused_where_it_starts() {
    assertThatThrownBy(() -> JsonParser.parse("[".repeat(513) + "]".repeat(513)))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> {
              assertThat(e.offset()).isEqualTo(512);
              assertThat(e.getMessage()).isEqualTo("nesting deeper than 512 levels at offset 512");
            });
    assertThatThrownBy(() -> JsonParser.parse("{\"a\":".repeat(513) + "1" + "}".repeat(513)))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(512 * 5));
  }

  @Test
  void an_absurdly_deep_text_is_a_syntax_error_and_never_a_stack_overflow() {
    for (var open : List.of("[", "{\"a\":", "[{\"a\":")) {
      var text = open.repeat(200_000);

      assertThatThrownBy(() -> JsonParser.parse(text)).isInstanceOf(JsonSyntaxException.class);
    }
  }

  @Test
  void the_depth_limit_counts_open_containers_not_all_containers_seen() {
    var siblings = new ArrayList<String>();
    for (int i = 0; i < 2000; i++) {
      siblings.add("[[1]]");
    }
    var text = "[" + String.join(",", siblings) + "]";

    assertThat(((JsonArray) JsonParser.parse(text)).size()).isEqualTo(2000);
  }

  @Test
  void parse_object_reads_an_object() {
    assertThat(JsonParser.parseObject(" {\"a\":true} \n"))
        .isEqualTo(new JsonObject().put("a", JsonBoolean.TRUE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"{}\"", "1", "null", "", "  [{}]"})
  void parse_object_refuses_any_other_value(String text) {
    assertThatThrownBy(() -> JsonParser.parseObject(text))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> {
              assertThat(e.offset()).isEqualTo(text.length() - text.stripLeading().length());
              assertThat(e.getMessage()).startsWith("expected a JSON object at offset");
            });
  }

  @Test
  void parse_object_still_reports_a_broken_object_precisely() {
    assertThatThrownBy(() -> JsonParser.parseObject("{\"a\":1,}"))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class,
            e -> assertThat(e.getMessage()).isEqualTo("expected a string key at offset 7"));
    assertThatThrownBy(() -> JsonParser.parseObject("{} {}"))
        .isInstanceOfSatisfying(
            JsonSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(3));
  }

  @Test
  void a_null_text_is_a_programming_error() {
    assertThatThrownBy(() -> JsonParser.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JsonParser.parseObject(null)).isInstanceOf(NullPointerException.class);
  }
}
