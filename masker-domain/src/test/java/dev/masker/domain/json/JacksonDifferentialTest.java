package dev.masker.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The domain's parser against Jackson, configured strictly, on hostile texts: for every text both
 * build the same tree (strings, keys and their order, numbers as written) or both refuse it. A
 * proxy that read a body differently from the parser after it could forward text it never masked: a
 * second value for a key, an escape read as something else, a number swallowing a string.
 *
 * <p>Jackson is set to what the proxy promises: duplicate keys refused, nothing after the value,
 * nesting up to {@value JsonParser#MAX_DEPTH} levels, numbers and strings of any length (the domain
 * keeps numbers as text and never reads their value). {@link JsonParser#parseWhole} is compared
 * with Jackson plus the well-formedness check the REST adapter adds to it (no lone surrogate).
 */
class JacksonDifferentialTest {
  private static final JsonFactory JACKSON =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(JsonParser.MAX_DEPTH)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .maxStringLength(Integer.MAX_VALUE)
                  .build())
          .build();

  /** Halves of U+1F600, raw. */
  private static final String HIGH = "\ud83d";

  private static final String LOW = "\ude00";

  /** What a parser made of a text: its tree, or null when it refused it. */
  private record Reading(Json tree) {
    static final Reading REFUSED = new Reading(null);

    @Override
    public String toString() {
      return tree == null ? "refused" : JsonWriter.write(tree);
    }
  }

  private static Reading domain(String text) {
    try {
      return new Reading(JsonParser.parse(text));
    } catch (JsonSyntaxException refused) {
      return Reading.REFUSED;
    }
  }

  private static Reading domainWhole(String text) {
    try {
      return new Reading(JsonParser.parseWhole(text));
    } catch (JsonSyntaxException refused) {
      return Reading.REFUSED;
    }
  }

  /** Jackson's streaming parser building the domain's tree, numbers as written. */
  private static Reading jackson(String text) {
    try (var parser = JACKSON.createParser(text)) {
      var open = new ArrayDeque<Json>();
      Json root = null;
      String key = null;
      for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (root != null && open.isEmpty()) {
          return Reading.REFUSED; // a second value after the first
        }
        Json value;
        switch (token) {
          case FIELD_NAME -> {
            key = parser.currentName();
            continue;
          }
          case END_OBJECT, END_ARRAY -> {
            var closed = open.pop();
            if (open.isEmpty()) {
              root = closed;
            }
            continue;
          }
          case START_OBJECT -> value = new JsonObject();
          case START_ARRAY -> value = new JsonArray();
          case VALUE_STRING -> value = new JsonString(parser.getText());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = new JsonNumber(parser.getText());
          case VALUE_TRUE -> value = JsonBoolean.TRUE;
          case VALUE_FALSE -> value = JsonBoolean.FALSE;
          case VALUE_NULL -> value = JsonNull.NULL;
          default -> throw new AssertionError("unexpected token " + token);
        }
        var parent = open.peek();
        if (parent instanceof JsonObject object) {
          object.put(key, value);
        } else if (parent instanceof JsonArray array) {
          array.add(value);
        } else {
          root = value;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          open.push(value);
        }
      }
      return root == null || !open.isEmpty() ? Reading.REFUSED : new Reading(root);
    } catch (JacksonException refused) {
      return Reading.REFUSED;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Jackson with the adapters' check that every string and key is well-formed UTF-16. */
  private static Reading jacksonWhole(String text) {
    var reading = jackson(text);
    return reading.tree() != null && wellFormed(reading.tree()) ? reading : Reading.REFUSED;
  }

  private static boolean wellFormed(Json tree) {
    if (tree instanceof JsonString s) {
      return wellFormed(s.value());
    }
    if (tree instanceof JsonArray array) {
      for (var item : array) {
        if (!wellFormed(item)) {
          return false;
        }
      }
    }
    if (tree instanceof JsonObject object) {
      for (var member : object.entries()) {
        if (!wellFormed(member.getKey()) || !wellFormed(member.getValue())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
        if (!Character.isLowSurrogate(s.charAt(++i))) {
          return false;
        }
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Both parsers agree, and a tree written by the domain reads back the same in both. */
  private static void assertSameReading(String text) {
    var domain = domain(text);
    assertThat(domain).as("%s", describe(text)).isEqualTo(jackson(text));
    assertThat(domainWhole(text)).as("whole: %s", describe(text)).isEqualTo(jacksonWhole(text));
    if (domain.tree() != null) {
      var written = JsonWriter.write(domain.tree());
      assertThat(jackson(written)).as("written: %s", describe(text)).isEqualTo(domain);
      assertThat(domain(written)).as("written: %s", describe(text)).isEqualTo(domain);
    }
  }

  /** The text with every character outside printable ASCII as an escape, for a failure message. */
  private static String describe(String text) {
    var out = new StringBuilder();
    for (char c :
        text.length() > 200 ? (text.substring(0, 200) + "…").toCharArray() : text.toCharArray()) {
      out.append(c >= ' ' && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }

  // --- the corpus --------------------------------------------------------------------------------

  @Test
  void duplicate_keys_are_refused_by_both_however_they_are_written() {
    var texts =
        List.of(
            "{\"a\":1,\"a\":2}",
            "{\"a\":1,\"b\":2,\"a\":3}",
            "{\"a\":1,\"\\u0061\":2}",
            "{\"\\u0061\":1,\"a\":2}",
            "{\"content\":\"ok\",\"con\\u0074ent\":\"Maria Lopez\"}",
            "{\"a/b\":1,\"a\\/b\":2}",
            "{\"\\ud83d\\ude00\":1,\"😀\":2}",
            "{\"x\":{\"a\":1,\"a\":1}}",
            "[{\"a\":1},{\"a\":1}]",
            "{\"a\":1,\"A\":2}",
            "{\"\":1,\"\":2}",
            "{\"a \":1,\"a\":2}",
            "{\"é\":1,\"e\\u0301\":2}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"x\",\"role\":\"system\"}]}");
    texts.forEach(JacksonDifferentialTest::assertSameReading);
    assertThat(domain(texts.get(2))).isEqualTo(Reading.REFUSED);
  }

  @Test
  void every_escape_is_read_alike() {
    var texts = new ArrayList<String>();
    for (char c = ' '; c < 0x7f; c++) {
      texts.add("\"a\\" + c + "b\"");
    }
    texts.addAll(
        List.of(
            "\"\\u0041\\u00e9\\u20ac\\uFFFF\\uffff\\u0000\\u001F\"",
            "\"\\u00\"",
            "\"\\u00g0\"",
            "\"\\U0041\"",
            "\"\\u+041\"",
            "\"\\u-041\"",
            "\"\\u 041\"",
            "\"\\\"",
            "\"\\",
            "\"\\\\\"",
            "\"\\/\\\"\\\\\\b\\f\\n\\r\\t\"",
            "\"\\x41\"",
            "\"\\0\"",
            "\"\\'\"",
            "'single'",
            "\"tab\there\""));
    texts.forEach(JacksonDifferentialTest::assertSameReading);
  }

  @Test
  void surrogates_whole_lone_reversed_raw_and_escaped_are_read_alike() {
    var texts =
        List.of(
            "\"\\ud83d\\ude00\"",
            "\"\\uD83D\\uDE00\"",
            "\"😀\"",
            "\"" + HIGH + "\\ude00\"",
            "\"\\ud83d" + LOW + "\"",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"\\ude00\\ud83d\"",
            "\"\\ud83d\\ud83d\"",
            "\"\\ud83dx\"",
            "\"\\ud83d\\n\"",
            "\"" + HIGH + "\"",
            "\"" + LOW + "\"",
            "\"a" + HIGH + "\"",
            "{\"\\ud800\":1}",
            "{\"k\\udfff\":\"v\"}",
            "[\"\\ud83d\",\"\\ude00\"]");
    texts.forEach(JacksonDifferentialTest::assertSameReading);
  }

  @Test
  void numbers_huge_odd_and_malformed_are_read_alike() {
    var texts =
        new ArrayList<>(
            List.of(
                "0",
                "-0",
                "0.0",
                "-0.0",
                "1",
                "-1",
                "01",
                "-01",
                "00",
                "1.",
                "1.e5",
                ".5",
                "-.5",
                "+1",
                "1e",
                "1e+",
                "1e-",
                "1E5",
                "1e+5",
                "1e-5",
                "1E400",
                "-1e-400",
                "1.0e+0",
                "2.5E-0009",
                "1e5.5",
                "1ee5",
                "1e5e5",
                "--1",
                "-",
                "0x10",
                "1_000",
                "NaN",
                "-NaN",
                "Infinity",
                "-Infinity",
                "1,5",
                "1 5",
                "1.5.5",
                "12345678901234567890",
                "-9223372036854775809",
                "18446744073709551616",
                "179769313486231570000000000000000000000000000000000000000000000000000000000000"
                    + "0000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "00000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "0000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "0000000000000000000.0",
                "4.9e-325",
                "0.1000000000000000055511151231257827021181583404541015625",
                "[1,2.0,-3e3,4E-4,-0]",
                "{\"n\":1e309,\"m\":-1e-309}",
                "[1true]",
                "[1\"a\"]",
                "[-]",
                "[1.]",
                "[01]"));
    texts.add("1".repeat(5000));
    texts.add("-" + "9".repeat(5000) + "." + "9".repeat(5000) + "e-" + "9".repeat(50));
    texts.add("[" + "1".repeat(2000) + "]");
    texts.forEach(JacksonDifferentialTest::assertSameReading);
  }

  @Test
  void deep_nesting_is_accepted_and_refused_at_the_same_depth() {
    for (int depth : new int[] {1, 64, 511, 512, 513, 1000, 5000}) {
      assertSameReading("[".repeat(depth) + "]".repeat(depth));
      assertSameReading("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
      assertSameReading("[{\"a\":".repeat(depth / 2) + "[]" + "}]".repeat(depth / 2));
      assertSameReading("[".repeat(depth));
    }
  }

  @Test
  void byte_order_marks_and_every_kind_of_whitespace_are_read_alike() {
    var texts = new ArrayList<String>();
    texts.addAll(List.of("\uFEFF{}", "{}\uFEFF", "{\uFEFF}", "\"\uFEFF\"", "\uFFFE{}", "\uFEFF"));
    for (char c = 0; c <= 0x20; c++) {
      texts.add(c + "{}");
      texts.add("{" + c + "\"a\"" + c + ":" + c + "1" + c + "}" + c);
      texts.add("[1" + c + "," + c + "2]");
    }
    for (char c :
        "\u0085\u00a0\u1680\u2000\u200b\u2028\u2029\u202f\u205f\u3000\u007f".toCharArray()) {
      texts.add(c + "{}");
      texts.add("[1" + c + ",2]");
    }
    texts.addAll(List.of("", " ", "\n\r\t ", " {} ", "\r\n{\r\n}\r\n"));
    texts.forEach(JacksonDifferentialTest::assertSameReading);
  }

  @Test
  void control_characters_inside_strings_are_refused_by_both_unless_escaped() {
    for (char c = 0; c < 0x20; c++) {
      assertSameReading("\"a" + c + "b\"");
      assertSameReading("{\"k" + c + "\":1}");
      assertSameReading(String.format("\"a\\u%04xb\"", (int) c));
    }
    for (char c : "\u007f\u0080\u009f\u00ad\u2028\u2029\ufeff\ufffd\uffff".toCharArray()) {
      assertSameReading("\"a" + c + "b\"");
    }
  }

  @Test
  void invalid_utf8_decoded_to_java_text_is_read_alike() {
    var bytes =
        List.of(
            new byte[] {'"', (byte) 0xC3, '"'},
            new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"'},
            new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
            new byte[] {'"', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, '"'},
            new byte[] {'"', (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80, '"'},
            new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'},
            new byte[] {'"', (byte) 0xFF, (byte) 0xFE, '"'},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'},
            new byte[] {'{', '"', 'a', '"', ':', (byte) 0x80, '}'},
            new byte[] {
              '{', '"', (byte) 0xC3, '"', ':', '1', ',', '"', (byte) 0xC4, '"', ':', '2', '}'
            });
    for (var b : bytes) {
      assertSameReading(new String(b, StandardCharsets.UTF_8));
      assertSameReading(new String(b, StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void literals_comments_quotes_and_trailing_text_are_read_alike() {
    var texts =
        List.of(
            "true",
            "false",
            "null",
            "True",
            "FALSE",
            "nul",
            "nulll",
            "tru",
            "truex",
            "[true,]",
            "[,1]",
            "[1,,2]",
            "{\"a\":1,}",
            "{,}",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\" 1}",
            "{a:1}",
            "{'a':1}",
            "{\"a\":1 // note\n}",
            "{\"a\":1 /* note */}",
            "# note\n{}",
            "{} {}",
            "{}x",
            "{}]",
            "[]]",
            "[}",
            "{]",
            "{\"a\":1}}",
            "[1] [2]",
            "\"a\" \"b\"",
            "1 2",
            "[\"a\"\"b\"]",
            "{\"a\":1\"b\":2}",
            "{\"a\":[1,{\"b\":null}],\"c\":\"d\"}",
            "[null]",
            "\"\"",
            "{\"\":\"\"}",
            "[[],{},[[]],{\"a\":{}}]");
    texts.forEach(JacksonDifferentialTest::assertSameReading);
  }

  @Test
  void chat_completion_requests_with_hostile_fields_are_read_alike() {
    var texts =
        List.of(
            "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"call"
                + " 415-555-2671\"}],\"user\":\"+14155552671\"}",
            "{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Maria"
                + " \\u004Copez\"}]}]}",
            "{\"messages\":[{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"c1\",\"type\":"
                + "\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":\"{\\\"dob\\\":"
                + "\\\"1982-03-03\\\",\\\"dob\\\":\\\"x\\\"}\"}}]}]}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"a\",\"content\":\"Maria Lopez\"}]}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"a\\u0000b\"}]}",
            "{\"temperature\":0.70,\"max_tokens\":2.5e2,\"n\":1E0,\"seed\":-0}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"\\ud83d\"}]}");
    texts.forEach(JacksonDifferentialTest::assertSameReading);
  }

  // --- generated texts ---------------------------------------------------------------------------

  @Property(tries = 3000)
  void any_text_of_json_characters_is_read_alike(@ForAll("jsonish") String text) {
    assertSameReading(text);
  }

  @Property(tries = 2000)
  void a_valid_document_damaged_in_one_place_is_read_alike(
      @ForAll("documents") String document,
      @ForAll("damage") String damage,
      @ForAll int where,
      @ForAll boolean replace) {
    int at = Math.floorMod(where, document.length() + 1);
    int end = replace && at < document.length() ? at + 1 : at;
    assertSameReading(document.substring(0, at) + damage + document.substring(end));
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings()
        .withChars(
            "{}[]\":,\\/ \t\n\r-+.eE0123456789abfnrtuxlsAFD\u0000\u001f\u007fé😀\ud800\udc00\ufeff"
                .toCharArray())
        .ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> documents() {
    var text =
        Arbitraries.of(
            "\"\"", "\"a\"", "\"\\u0061\"", "\"\\ud83d\\ude00\"", "\"\\\"\\\\\\n\"", "\"é😀\"");
    var number = Arbitraries.of("0", "-0", "1.5", "1e5", "-2.5E-3", "123456789012345678901234");
    var literal = Arbitraries.of("true", "false", "null");
    var scalar = Arbitraries.oneOf(text, number, literal);
    var space = Arbitraries.of("", "", " ", "\n", "\t", "\r\n");
    var member = Combinators.combine(text, space, scalar).as((k, s, v) -> k + s + ":" + s + v);
    var object = member.list().ofMaxSize(4).map(m -> "{" + String.join(",", m) + "}");
    var array = scalar.list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
    return Combinators.combine(object, array, text, space)
        .as((o, a, t, s) -> s + "{" + t + ":" + o + "," + "\"list\":" + s + a + "}" + s);
  }

  @Provide
  Arbitrary<String> damage() {
    return Arbitraries.of(
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\\",
        "\\u",
        "\\ud800",
        "0",
        "-",
        ".",
        "e",
        "\n",
        "\u0000",
        "\u0001",
        "\ufeff",
        "\ud800",
        "\udc00",
        "x",
        "/*",
        "\"a\":1,",
        "",
        "1e400");
  }
}
