package dev.masker.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonArrayTest {
  @Test
  void add_get_set_and_size_work_as_on_a_list() {
    var array = new JsonArray();

    assertThat(array.add(JsonNull.NULL)).isSameAs(array);
    array.add(JsonBoolean.TRUE);
    array.set(0, new JsonString("x"));

    assertThat(array.size()).isEqualTo(2);
    assertThat(array.get(0)).isEqualTo(new JsonString("x"));
    assertThat(array.get(1)).isSameAs(JsonBoolean.TRUE);
    assertThat(array).containsExactly(new JsonString("x"), JsonBoolean.TRUE);
  }

  @Test
  void an_index_out_of_range_is_refused() {
    var array = new JsonArray().add(JsonNull.NULL);

    assertThatThrownBy(() -> array.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> array.set(-1, JsonNull.NULL))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void a_null_item_is_refused() {
    var array = new JsonArray().add(JsonNull.NULL);

    assertThatThrownBy(() -> array.add(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> array.set(0, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void arrays_are_equal_by_content_in_order() {
    var one = new JsonArray().add(new JsonNumber("1")).add(new JsonString("a"));
    var same = new JsonArray().add(new JsonNumber("1")).add(new JsonString("a"));
    var reversed = new JsonArray().add(new JsonString("a")).add(new JsonNumber("1"));

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(reversed);
    assertThat(new JsonArray()).isNotEqualTo(new JsonObject());
  }

  @Test
  void printing_an_array_shows_its_size_and_never_its_contents() {
    var array = new JsonArray().add(new JsonString("Maria Lopez"));

    assertThat(array).hasToString("JsonArray[1 item]");
    assertThat(array.add(new JsonString("415 555 2671"))).hasToString("JsonArray[2 items]");
  }
}
