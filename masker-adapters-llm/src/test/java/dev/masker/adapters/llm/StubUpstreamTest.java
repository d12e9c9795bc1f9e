package dev.masker.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamReply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StubUpstreamTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private final StubUpstream stub = new StubUpstream(Clock.fixed(NOW, ZoneOffset.UTC));

  private static final String CONVERSATION =
      "{\"model\":\"any-model\",\"messages\":["
          + "{\"role\":\"system\",\"content\":\"You are a receptionist.\"},"
          + "{\"role\":\"user\",\"content\":\"First question\"},"
          + "{\"role\":\"assistant\",\"content\":\"First answer\"},"
          + "{\"role\":\"user\",\"content\":\"Hi, this is MSK_PERSON_a1b2, call me at  MSK_PHONE_c3d4\"}"
          + "]%s}";

  private static UpstreamCall call(String body) {
    return new UpstreamCall("stub", null, body, Duration.ofSeconds(5));
  }

  private static JsonNode read(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void a_non_streamed_answer_repeats_the_last_user_message_like_openai() throws Exception {
    var reply = stub.complete(call(String.format(CONVERSATION, "")));

    assertThat(reply).isInstanceOf(UpstreamReply.Completion.class);
    var answer = read(((UpstreamReply.Completion) reply).body());
    assertThat(answer.path("object").asText()).isEqualTo("chat.completion");
    assertThat(answer.path("id").asText()).startsWith("chatcmpl-");
    assertThat(answer.path("created").asLong()).isEqualTo(NOW.getEpochSecond());
    assertThat(answer.path("model").asText()).isEqualTo("any-model");
    var choice = answer.path("choices").get(0);
    assertThat(choice.path("index").asInt()).isZero();
    assertThat(choice.path("finish_reason").asText()).isEqualTo("stop");
    assertThat(choice.path("message").path("role").asText()).isEqualTo("assistant");
    assertThat(choice.path("message").path("content").asText())
        .isEqualTo("Hi, this is MSK_PERSON_a1b2, call me at  MSK_PHONE_c3d4");
    assertThat(answer.path("stub_received").asText())
        .as("what the stub received, outside the message the proxy rehydrates")
        .isEqualTo("Hi, this is MSK_PERSON_a1b2, call me at  MSK_PHONE_c3d4");
    var usage = answer.path("usage");
    assertThat(usage.path("total_tokens").asInt())
        .isEqualTo(usage.path("prompt_tokens").asInt() + usage.path("completion_tokens").asInt())
        .isPositive();
  }

  @Test
  void content_parts_are_answered_with_their_text() throws Exception {
    var body =
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
            + "{\"type\":\"text\",\"text\":\"Call MSK_PHONE_c3d4\"},"
            + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/x.png\"}},"
            + "{\"type\":\"text\",\"text\":\"today\"}]}]}";

    var reply = (UpstreamReply.Completion) stub.complete(call(body));

    assertThat(read(reply.body()).path("choices").get(0).path("message").path("content").asText())
        .isEqualTo("Call MSK_PHONE_c3d4\ntoday");
  }

  @Test
  void a_streamed_answer_is_chunks_that_add_up_to_the_message_then_done() throws Exception {
    var listener = new RecordingListener();

    stub.stream(call(String.format(CONVERSATION, ",\"stream\":true")), listener);

    assertThat(listener.calls).last().isEqualTo("complete");
    assertThat(listener.calls).doesNotContain("failure");
    var chunks = new ArrayList<JsonNode>();
    for (String event : listener.events) {
      chunks.add(read(event));
    }
    assertThat(chunks).hasSizeGreaterThan(3);
    var content = new StringBuilder();
    for (JsonNode chunk : chunks) {
      assertThat(chunk.path("object").asText()).isEqualTo("chat.completion.chunk");
      assertThat(chunk.path("id").asText()).isEqualTo(chunks.get(0).path("id").asText());
      assertThat(chunk.has("usage")).isFalse();
      assertThat(chunk.path("choices")).hasSize(1);
      content.append(chunk.path("choices").get(0).path("delta").path("content").asText(""));
    }
    assertThat(content.toString())
        .isEqualTo("Hi, this is MSK_PERSON_a1b2, call me at  MSK_PHONE_c3d4");
    assertThat(chunks.get(0).path("choices").get(0).path("delta").path("role").asText())
        .isEqualTo("assistant");
    var last = chunks.get(chunks.size() - 1).path("choices").get(0);
    assertThat(last.path("finish_reason").asText()).isEqualTo("stop");
    assertThat(last.path("delta").size()).isZero();
  }

  @Test
  void include_usage_adds_a_usage_chunk_without_choices_before_done() throws Exception {
    var listener = new RecordingListener();

    stub.stream(
        call(
            String.format(
                CONVERSATION, ",\"stream\":true,\"stream_options\":{\"include_usage\":true}")),
        listener);

    List<String> events = listener.events;
    var usageChunk = read(events.get(events.size() - 1));
    assertThat(usageChunk.path("object").asText()).isEqualTo("chat.completion.chunk");
    assertThat(usageChunk.path("choices").isArray()).isTrue();
    assertThat(usageChunk.path("choices")).isEmpty();
    assertThat(usageChunk.path("usage").path("completion_tokens").asInt()).isEqualTo(8);
    for (String event : events.subList(0, events.size() - 1)) {
      assertThat(read(event).get("usage").isNull()).isTrue();
    }
    assertThat(listener.calls).last().isEqualTo("complete");
  }

  @Test
  void a_request_that_is_not_chat_completions_json_is_a_400() {
    var listener = new RecordingListener();

    var reply = stub.complete(call("not json"));
    stub.stream(call("{\"model\":\"m\"}"), listener);

    assertThat(reply).isInstanceOf(UpstreamFailure.ErrorStatus.class);
    assertThat(((UpstreamFailure.ErrorStatus) reply).status()).isEqualTo(400);
    assertThat(listener.calls).containsExactly("failure");
  }

  @Test
  void words_split_after_whitespace_and_add_up_to_the_text() {
    assertThat(StubUpstream.words("a  b\nc ")).containsExactly("a  ", "b\n", "c ");
    assertThat(StubUpstream.words("  lead")).containsExactly("  ", "lead");
    assertThat(StubUpstream.words("")).isEmpty();
  }
}
