package dev.masker.adapters.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
  private final ObjectMapper mapper = strict();

  record Body(
      String name,
      @JsonProperty("flag") Boolean flag,
      @JsonProperty("count") Integer count,
      @JsonProperty("free") JsonNode free) {}

  private static ObjectMapper strict() {
    var mapper = new ObjectMapper();
    new StrictJson().customize(mapper);
    return mapper;
  }

  private Body read(String json) throws Exception {
    return mapper.readValue(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Body.class);
  }

  private static String path(Throwable failure) {
    return ((JsonMappingException) failure)
        .getPath().stream()
            .map(JsonMappingException.Reference::getFieldName)
            .findFirst()
            .orElse("");
  }

  @Test
  void fields_left_out_stay_null_and_well_formed_text_passes_as_sent() throws Exception {
    var body = read("{\"name\":\"Front desk \\ud83d\\udd11\"}");

    assertThat(body.name()).isEqualTo("Front desk \uD83D\uDD11");
    assertThat(body.free()).isNull();
    assertThat(body.flag()).isNull();
    assertThat(read("{\"free\":{\"a\":[\"b\"]},\"flag\":true,\"count\":3}").free().toString())
        .isEqualTo("{\"a\":[\"b\"]}");
    assertThat(read("{\"free\":null}").free().isNull()).isTrue();
  }

  @Test
  void a_lone_surrogate_is_refused_wherever_it_is() {
    for (var json :
        new String[] {
          "{\"name\":\"a\\ud800\"}",
          "{\"name\":\"\\udc00a\"}",
          "{\"free\":{\"a\":[\"\\ud800\"]}}",
          "{\"free\":\"\\ud800\"}"
        }) {
      assertThatThrownBy(() -> read(json))
          .as(json)
          .isInstanceOf(WellFormedText.Malformed.class)
          .satisfies(failure -> assertThat(path(failure)).isIn("name", "free"));
    }
    // In a key, the parser finds it first.
    assertThatThrownBy(() -> read("{\"free\":{\"\\udfff\":1}}"))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("surrogate")
        .satisfies(failure -> assertThat(path(failure)).isEqualTo("free"));
  }

  @Test
  void scalars_are_not_converted_into_one_another() {
    for (var json :
        new String[] {
          "{\"name\":123}",
          "{\"name\":1.5}",
          "{\"name\":true}",
          "{\"flag\":\"true\"}",
          "{\"flag\":1}",
          "{\"flag\":\"\"}",
          "{\"count\":\"3\"}",
          "{\"count\":1.5}",
          "{\"count\":true}"
        }) {
      assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(JsonMappingException.class);
    }
  }

  @Test
  void a_key_given_twice_is_refused_at_any_depth() {
    for (var json :
        new String[] {"{\"name\":\"a\",\"name\":\"b\"}", "{\"free\":{\"x\":1,\"x\":2}}"}) {
      assertThatThrownBy(() -> read(json))
          .as(json)
          .isInstanceOf(JacksonException.class)
          .satisfies(
              failure -> {
                var cause = failure;
                while (cause.getCause() != null) {
                  cause = cause.getCause();
                }
                assertThat(cause.getMessage()).startsWith("Duplicate field");
              });
    }
  }
}
