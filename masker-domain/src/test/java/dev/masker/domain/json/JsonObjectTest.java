package dev.masker.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectTest {
  @Test
  void put_get_has_remove_and_size_work_as_on_a_map() {
    var object = new JsonObject();

    assertThat(object.put("a", JsonBoolean.TRUE)).isSameAs(object);
    assertThat(object.get("a")).isSameAs(JsonBoolean.TRUE);
    assertThat(object.get("b")).isNull();
    assertThat(object.has("a")).isTrue();
    assertThat(object.has("b")).isFalse();
    assertThat(object.size()).isOne();
    assertThat(object.remove("a")).isSameAs(JsonBoolean.TRUE);
    assertThat(object.remove("a")).isNull();
    assertThat(object.size()).isZero();
  }

  @Test
  void a_json_null_member_is_present() {
    var object = new JsonObject().put("a", JsonNull.NULL);

    assertThat(object.has("a")).isTrue();
    assertThat(object.get("a")).isSameAs(JsonNull.NULL);
  }

  @Test
  void putting_an_existing_key_replaces_the_value_in_place() {
    var object =
        new JsonObject().put("a", JsonNull.NULL).put("b", JsonNull.NULL).put("a", JsonBoolean.TRUE);

    assertThat(object.entries())
        .extracting(Map.Entry::getKey, Map.Entry::getValue)
        .containsExactly(tuple("a", JsonBoolean.TRUE), tuple("b", JsonNull.NULL));
  }

  @Test
  void typed_accessors_give_the_value_only_when_it_has_that_type() {
    var inner = new JsonObject();
    var list = new JsonArray();
    var object =
        new JsonObject()
            .put("s", new JsonString("text"))
            .put("o", inner)
            .put("a", list)
            .put("n", new JsonNumber("1"));

    assertThat(object.string("s")).isEqualTo("text");
    assertThat(object.object("o")).isSameAs(inner);
    assertThat(object.array("a")).isSameAs(list);
    assertThat(object.string("n")).isNull();
    assertThat(object.object("s")).isNull();
    assertThat(object.array("o")).isNull();
    assertThat(object.string("absent")).isNull();
    assertThat(object.object("absent")).isNull();
    assertThat(object.array("absent")).isNull();
  }

  @Test
  void entries_are_a_live_view_that_allows_replacing_values() {
    var object = new JsonObject().put("role", new JsonString("user")).put("n", JsonNull.NULL);

    for (var entry : object.entries()) {
      if (entry.getValue() instanceof JsonString) {
        entry.setValue(new JsonString("masked"));
      }
    }
    object.put("later", JsonBoolean.TRUE);

    assertThat(object.string("role")).isEqualTo("masked");
    assertThat(object.entries()).hasSize(3);
    object.entries().removeIf(e -> e.getKey().equals("n"));
    assertThat(object.has("n")).isFalse();
  }

  @Test
  void objects_are_equal_by_content_whatever_the_key_order() {
    var one = new JsonObject().put("a", new JsonNumber("1")).put("b", new JsonString("x"));
    var two = new JsonObject().put("b", new JsonString("x")).put("a", new JsonNumber("1"));

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(new JsonObject().put("a", new JsonNumber("1.0")));
    assertThat(one).isNotEqualTo(new JsonArray());
  }

  @Test
  void printing_an_object_shows_its_size_and_never_its_contents() {
    var object = new JsonObject().put("name", new JsonString("Maria Lopez"));

    assertThat(object).hasToString("JsonObject[1 key]");
    assertThat(object.put("phone", new JsonString("415 555 2671")))
        .hasToString("JsonObject[2 keys]");
    assertThat(new JsonObject()).hasToString("JsonObject[0 keys]");
  }

  @Test
  void a_null_key_or_value_is_refused() {
    var object = new JsonObject();

    assertThatThrownBy(() -> object.put(null, JsonNull.NULL))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> object.put("a", null)).isInstanceOf(NullPointerException.class);
  }
}
