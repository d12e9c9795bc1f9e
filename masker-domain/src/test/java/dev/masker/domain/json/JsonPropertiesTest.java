package dev.masker.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class JsonPropertiesTest {
  @Property(tries = 500)
  void any_tree_round_trips_through_write_and_parse(@ForAll("trees") Json tree) {
    var text = JsonWriter.write(tree);

    assertThat(JsonParser.parse(text)).isEqualTo(tree);
    assertThat(JsonWriter.write(JsonParser.parse(text))).isEqualTo(text);
  }

  @Property(tries = 500)
  void written_json_is_one_line_of_valid_unicode(@ForAll("trees") Json tree) {
    var text = JsonWriter.write(tree);

    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertThat(c).isGreaterThanOrEqualTo(' ').isNotIn('\u2028', '\u2029');
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(text.charAt(++i))).isTrue();
      } else {
        assertThat(Character.isLowSurrogate(c)).isFalse();
      }
    }
  }

  @Property(tries = 1000)
  void any_string_round_trips_as_a_string_literal(@ForAll("texts") String s) {
    var out = new StringBuilder();
    JsonWriter.writeString(s, out);

    assertThat(JsonParser.parse(out.toString())).isEqualTo(new JsonString(s));
  }

  @Property(tries = 1000)
  void any_text_is_either_json_or_a_syntax_error_inside_it(@ForAll("jsonish") String text) {
    try {
      var value = JsonParser.parse(text);
      assertThat(JsonParser.parse(JsonWriter.write(value))).isEqualTo(value);
    } catch (JsonSyntaxException e) {
      assertThat(e.offset()).isBetween(0, text.length());
    }
  }

  @Property(tries = 500)
  void a_damaged_json_text_is_either_json_or_a_syntax_error(
      @ForAll("trees") Json tree,
      @ForAll int where,
      @ForAll("damage") String insert,
      @ForAll boolean delete) {
    var text = JsonWriter.write(tree);
    int at = Math.floorMod(where, text.length());
    var damaged =
        delete
            ? text.substring(0, at) + text.substring(at + 1)
            : text.substring(0, at) + insert + text.substring(at);
    try {
      JsonParser.parse(damaged);
    } catch (JsonSyntaxException e) {
      assertThat(e.offset()).isBetween(0, damaged.length());
      assertThat(e.getMessage()).matches("[a-zA-Z0-9 ',:}\\]'\"]+ at offset \\d+");
    }
  }

  @Property(tries = 200)
  void any_number_in_the_grammar_is_kept_verbatim(@ForAll("numbers") String number) {
    assertThat(JsonParser.parse(number)).isEqualTo(new JsonNumber(number));
    assertThat(JsonWriter.write(JsonParser.parse(" [" + number + "] ")))
        .isEqualTo("[" + number + "]");
  }

  @Property(tries = 300)
  void a_number_is_accepted_exactly_when_the_grammar_accepts_it(
      @ForAll @StringLength(max = 8) @Chars({'0', '1', '9', '-', '+', '.', 'e', 'E'}) String text) {
    boolean grammar = text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    boolean accepted;
    try {
      accepted = JsonParser.parse(text) instanceof JsonNumber;
    } catch (JsonSyntaxException e) {
      accepted = false;
    }

    assertThat(accepted).isEqualTo(grammar);
  }

  @Provide
  Arbitrary<Json> trees() {
    return value(4);
  }

  private Arbitrary<Json> value(int depth) {
    Arbitrary<Json> leaf =
        Arbitraries.frequencyOf(
            Tuple.of(4, texts().map(JsonString::new)),
            Tuple.of(2, numbers().map(JsonNumber::new)),
            Tuple.of(1, Arbitraries.of(JsonBoolean.TRUE, JsonBoolean.FALSE, JsonNull.NULL)));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Json> array =
        Arbitraries.lazy(() -> value(depth - 1))
            .list()
            .ofMaxSize(4)
            .map(
                items -> {
                  var result = new JsonArray();
                  items.forEach(result::add);
                  return result;
                });
    Arbitrary<Json> object =
        Combinators.combine(texts(), Arbitraries.lazy(() -> value(depth - 1)))
            .as(Tuple::of)
            .list()
            .ofMaxSize(4)
            .map(
                members -> {
                  var result = new JsonObject();
                  members.forEach(m -> result.put(m.get1(), m.get2()));
                  return result;
                });
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(1, array), Tuple.of(1, object));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings()
            .withChars("\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029é日\ud83d\ude00\ud800\udc00")
            .withCharRange(' ', '~')
            .ofMaxLength(20),
        Arbitraries.of("", "role", "content", "Maria Lopez", "😀", "a\"b"));
  }

  @Provide
  Arbitrary<String> numbers() {
    var digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    var integer =
        Arbitraries.oneOf(
            Arbitraries.just("0"),
            Combinators.combine(Arbitraries.integers().between(1, 9), digits.injectNull(0.3))
                .as((first, rest) -> first + (rest == null ? "" : rest)));
    var fraction = digits.map(d -> "." + d).injectNull(0.5);
    var exponent =
        Combinators.combine(
                Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"), digits.ofMaxLength(3))
            .as((e, sign, d) -> e + sign + d)
            .injectNull(0.6);
    return Combinators.combine(Arbitraries.of("", "-"), integer, fraction, exponent)
        .as((sign, i, f, e) -> sign + i + (f == null ? "" : f) + (e == null ? "" : e));
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings()
        .withChars("{}[]\":,\\ \n-+.eE0123456789tfnrulasu\u0000é😀".toCharArray())
        .ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> damage() {
    return Arbitraries.of(
        List.of("\"", "{", "}", "[", "]", ",", ":", "\\", "0", "-", "\n", "x", "\u0001"));
  }
}
