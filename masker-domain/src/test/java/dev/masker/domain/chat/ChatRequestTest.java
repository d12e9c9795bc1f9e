package dev.masker.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.json.JsonParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a request: what is refused, which session it names, and what the platform added. */
class ChatRequestTest {
  private static final String MESSAGES = "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";

  private static ChatRequest request(String extraFields) {
    var extra = extraFields.isEmpty() ? "" : "," + extraFields;
    return ChatRequest.parse("{\"model\":\"gpt-4o-mini\"," + MESSAGES + extra + "}");
  }

  private static Optional<String> keyOf(String extraFields) {
    return request(extraFields).sessionKey(Optional.empty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json at all                                         | body",
        "[]                                                      | body",
        "'{\"model\":\"m\",\"messages\":[]} trailing'            | body",
        "'{\"messages\":[]}'                                     | model",
        "'{\"model\":4,\"messages\":[]}'                         | model",
        "'{\"model\":null,\"messages\":[]}'                      | model",
        "'{\"model\":\"m\"}'                                     | messages",
        "'{\"model\":\"m\",\"messages\":{}}'                     | messages",
        "'{\"model\":\"m\",\"messages\":\"hi\"}'                 | messages",
        "'{\"model\":\"m\",\"messages\":[{\"role\":\"user\"},\"hi\"]}' | messages[1]",
        "'{\"model\":\"m\",\"messages\":[null]}'                 | messages[0]",
        "'{\"model\":\"m\",\"messages\":[],\"stream\":\"yes\"}'  | stream",
        "'{\"model\":\"m\",\"messages\":[],\"stream\":1}'        | stream",
      })
  void a_body_that_is_not_a_chat_request_is_refused_naming_the_field(String body, String field) {
    assertThatThrownBy(() -> ChatRequest.parse(body))
        .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void stream_is_read_from_the_body_and_may_be_absent_or_null() {
    assertThat(request("\"stream\":true").streamed()).isTrue();
    assertThat(request("\"stream\":false").streamed()).isFalse();
    assertThat(request("\"stream\":null").streamed()).isFalse();
    assertThat(request("").streamed()).isFalse();
    assertThat(request("").model()).isEqualTo("gpt-4o-mini");
  }

  @Test
  void the_session_header_wins_over_everything_in_the_body() {
    var request =
        request(
            "\"call\":{\"id\":\"vapi-1\",\"callId\":\"legacy-1\"},"
                + "\"metadata\":{\"masker_session_id\":\"meta-1\"},\"user\":\"bolna-1#2\"");

    assertThat(request.sessionKey(Optional.of("header-1"))).contains("header-1");
  }

  @Test
  void without_a_header_the_body_fields_are_taken_in_the_order_of_the_spec() {
    assertThat(
            keyOf(
                "\"call\":{\"id\":\"vapi-1\",\"callId\":\"legacy-1\"},"
                    + "\"metadata\":{\"masker_session_id\":\"meta-1\"},\"user\":\"bolna-1#2\""))
        .contains("vapi-1");
    assertThat(
            keyOf(
                "\"call\":{\"callId\":\"legacy-1\"},"
                    + "\"metadata\":{\"masker_session_id\":\"meta-1\"},\"user\":\"bolna-1#2\""))
        .contains("legacy-1");
    assertThat(keyOf("\"metadata\":{\"masker_session_id\":\"meta-1\"},\"user\":\"bolna-1#2\""))
        .contains("meta-1");
    assertThat(keyOf("\"user\":\"bolna-1#2\"")).contains("bolna-1");
  }

  @Test
  void bolna_user_gives_the_run_before_the_hash_and_a_plain_user_is_taken_whole() {
    assertThat(keyOf("\"user\":\"run-42#7\"")).contains("run-42");
    assertThat(keyOf("\"user\":\"run-42#7#9\"")).contains("run-42");
    assertThat(keyOf("\"user\":\"caller-9\"")).contains("caller-9");
    assertThat(keyOf("\"user\":\"#7\"")).isEmpty();
  }

  @Test
  void blank_or_missing_candidates_are_skipped_and_without_any_there_is_no_session_key() {
    var request = request("\"call\":{\"id\":\"  \"},\"metadata\":{\"other\":\"x\"}");

    assertThat(request.sessionKey(Optional.of(" "))).isEmpty();
    assertThat(keyOf("")).isEmpty();
    assertThat(keyOf("\"call\":{\"id\":12345},\"user\":\"u-1\"")).contains("u-1");
  }

  @Test
  void a_session_key_is_stripped_of_surrounding_spaces() {
    assertThat(request("").sessionKey(Optional.of("  call-7  "))).contains("call-7");
  }

  @Test
  void a_session_key_longer_than_256_characters_is_refused() {
    var request = request("");

    assertThat(request.sessionKey(Optional.of("k".repeat(256)))).contains("k".repeat(256));
    assertThatThrownBy(() -> request.sessionKey(Optional.of("k".repeat(257))))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.field()).isEqualTo("session"));
    assertThatThrownBy(() -> keyOf("\"call\":{\"id\":\"" + "k".repeat(300) + "\"}"))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void a_session_key_with_control_characters_is_refused_without_quoting_it() {
    assertThatThrownBy(() -> request("").sessionKey(Optional.of("call\u0001Maria")))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("session");
              assertThat(e.getMessage()).doesNotContain("Maria");
            });
    assertThatThrownBy(() -> keyOf("\"call\":{\"id\":\"a\\nb\"}")).isInstanceOf(InvalidValue.class);
    assertThatThrownBy(() -> keyOf("\"user\":\"a\\u007fb#1\"")).isInstanceOf(InvalidValue.class);
  }

  @Test
  void the_voice_platform_metadata_is_removed_and_everything_else_stays() {
    var request =
        ChatRequest.parse(
            """
            {"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],
             "call":{"id":"c-1","customer":{"number":"+14155552671"}},
             "metadata":{"masker_session_id":"m-1"},"phoneNumber":{"number":"+14155550000"},
             "customer":{"name":"Maria Lopez"},"org":{"id":"o-1"},"assistant":{"name":"A"},
             "serverUrlSecret":"s3cr3t","temperature":0.2,"user":"u-1","x_custom":{"a":[1]}}
            """);

    request.removePlatformMetadata();

    var out = JsonParser.parseObject(request.toJson());
    assertThat(out.entries())
        .extracting(e -> e.getKey())
        .containsExactly("model", "messages", "temperature", "user", "x_custom");
    assertThat(request.toJson())
        .doesNotContain("+1415", "Maria", "s3cr3t", "c-1", "m-1", "o-1", "serverUrlSecret");
  }

  @Test
  void the_session_key_is_read_before_the_metadata_it_comes_from_is_removed() {
    var request = request("\"call\":{\"id\":\"vapi-9\"}");

    assertThat(request.sessionKey(Optional.empty())).contains("vapi-9");
    request.removePlatformMetadata();
    assertThat(request.sessionKey(Optional.empty())).isEmpty();
  }

  @Test
  void an_unmasked_request_is_written_back_with_every_field_as_it_came() {
    var json =
        """
        {"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi \\u00e9 😀"}],\
        "temperature":1.0,"top_p":1e0,"n":-0,"logit_bias":{"50256":-100},\
        "response_format":{"type":"json_schema"},"x_custom":{"nested":[true,null,"s"]}}""";

    var written = ChatRequest.parse(json).toJson();

    assertThat(JsonParser.parseObject(written)).isEqualTo(JsonParser.parseObject(json));
    assertThat(written).contains("1.0", "1e0", "-0");
  }
}
