package dev.masker.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  @Test
  void keys_are_sorted_at_every_depth_and_nothing_else_moves() {
    var json =
        JsonParser.parse(
            "{ \"b\": [ {\"y\": 1, \"x\": 2} ], \"a\": {\"d\": true, \"c\": null}, \"A\": \"é 🙂\" }");

    assertThat(CanonicalJson.write(json))
        .isEqualTo("{\"A\":\"é 🙂\",\"a\":{\"c\":null,\"d\":true},\"b\":[{\"x\":2,\"y\":1}]}");
  }

  @Test
  void the_same_members_in_another_order_give_the_same_text() {
    var one = JsonParser.parse("{\"kind\":\"redaction\",\"seq\":7,\"note\":\"a\\nb\"}");
    var other = JsonParser.parse("{\"note\":\"a\\nb\",\"seq\":7,\"kind\":\"redaction\"}");

    assertThat(CanonicalJson.write(one))
        .isEqualTo(CanonicalJson.write(other))
        .isEqualTo("{\"kind\":\"redaction\",\"note\":\"a\\nb\",\"seq\":7}");
  }

  @Test
  void keys_sort_by_utf16_code_units() {
    var json = JsonParser.parse("{\"é\":1,\"z\":2,\"Z\":3,\"\uD83D\uDE42\":4,\"\uFF41\":5}");

    assertThat(CanonicalJson.write(json))
        .isEqualTo("{\"Z\":3,\"z\":2,\"é\":1,\"\uD83D\uDE42\":4,\"\uFF41\":5}");
  }
}
