package dev.masker.adapters.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.EntityRecognizer.RecognizerUnavailable;
import dev.masker.domain.masking.ModelUnanswered;
import dev.masker.domain.masking.Pass;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiRecognizerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEXT = "this is dagny halvorsen, my code word is bluebird.";

  private final FakeService model;
  private final RecognizerCounters counters = new RecognizerCounters();

  OpenAiRecognizerTest() throws Exception {
    model = new FakeService();
  }

  @AfterEach
  void stop() {
    model.close();
  }

  private OpenAiRecognizer recognizer(String baseUrl, long timeoutMs) {
    return new OpenAiRecognizer(
        baseUrl + "/v1", "tiny-model", Duration.ofMillis(timeoutMs), Optional.of("k-1"), counters);
  }

  private OpenAiRecognizer recognizer() {
    return recognizer(model.baseUrl(), 10_000);
  }

  /** A chat completion whose message content is {@code {"spans": spans}}. */
  private static String answer(String spans) throws Exception {
    var content = "{\"spans\": " + spans + "}";
    return "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
        + JSON.writeValueAsString(content)
        + "}}]}";
  }

  private static String span(int start, int end, String kind, String value) {
    return "{\"start\":%d,\"end\":%d,\"kind\":\"%s\",\"value\":\"%s\"}"
        .formatted(start, end, kind, value);
  }

  @Test
  void a_good_answer_becomes_detections_of_the_ner_pass() throws Exception {
    int name = TEXT.indexOf("dagny");
    int word = TEXT.indexOf("bluebird");
    model.answering(
        200,
        answer(
            "["
                + span(name, name + 15, "NAME", "dagny halvorsen")
                + ","
                + span(word, word + 8, "OTHER_ID", "bluebird")
                + "]"));

    var found = recognizer().find(TEXT);

    assertThat(found)
        .extracting(Detection::kind, Detection::start, Detection::end, Detection::pass)
        .containsExactly(
            tuple(EntityKind.NAME, name, name + 15, Pass.NER),
            tuple(EntityKind.OTHER_ID, word, word + 8, Pass.NER));
    assertThat(counters.statistics().calls()).isEqualTo(1);
    assertThat(counters.statistics().droppedSpans()).isZero();
  }

  @Test
  void the_request_is_a_chat_completion_with_the_fixed_instruction_and_a_json_schema()
      throws Exception {
    model.answering(200, answer("[]"));

    assertThat(recognizer().find(TEXT)).isEmpty();

    var request = model.received().get(0);
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.authorization()).isEqualTo("Bearer k-1");
    var body = JSON.readTree(request.body());
    assertThat(body.path("model").asText()).isEqualTo("tiny-model");
    assertThat(body.path("temperature").asInt()).isZero();
    assertThat(body.path("messages").path(0).path("content").asText())
        .isEqualTo(OpenAiRecognizer.INSTRUCTION);
    assertThat(body.path("messages").path(1).path("content").asText()).isEqualTo(TEXT);
    assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_schema");
    var schema = body.path("response_format").path("json_schema").path("schema");
    assertThat(schema.path("required").toString()).isEqualTo("[\"spans\"]");
    assertThat(schema.path("properties").path("spans").path("items").path("required").toString())
        .isEqualTo("[\"start\",\"end\",\"kind\",\"value\"]");
  }

  @Test
  void offsets_a_little_off_are_moved_to_the_quoted_value_when_it_occurs_once_nearby()
      throws Exception {
    int word = TEXT.indexOf("bluebird");
    model.answering(200, answer("[" + span(word - 3, word + 5, "OTHER_ID", "bluebird") + "]"));

    assertThat(recognizer().find(TEXT))
        .extracting(Detection::start, Detection::end)
        .containsExactly(tuple(word, word + 8));
  }

  @Test
  void wrong_offsets_unknown_kinds_and_invented_values_are_dropped_and_counted() throws Exception {
    var text = "call bob or bob at home, ref 7.";
    model.answering(
        200,
        answer(
            "["
                + span(40, 45, "NAME", "bob") // past the end of the text
                + ","
                + span(5, 8, "PERSON", "bob") // not a Masker kind
                + ","
                + span(0, 4, "NAME", "dagny") // not in the text
                + ","
                + span(9, 13, "NAME", "bob") // twice nearby: which one is meant is unknown
                + ","
                + span(8, 5, "NAME", "bob") // end before start
                + ","
                + "{\"start\":\"5\",\"end\":8,\"kind\":\"NAME\",\"value\":\"bob\"}" // not a number
                + "]"));

    assertThat(recognizer().find(text)).isEmpty();
    assertThat(counters.statistics().droppedSpans()).isEqualTo(6);
    assertThat(counters.statistics().unavailable("malformed")).isZero();
  }

  @Test
  void an_answer_that_is_not_json_is_unavailable_as_malformed() {
    model.answering(200, "<html>bad gateway</html>");

    assertThatThrownBy(() -> recognizer().find(TEXT))
        .isInstanceOf(RecognizerUnavailable.class)
        .hasMessageContaining("malformed")
        .hasNoCause()
        .extracting(e -> ((RecognizerUnavailable) e).reason())
        .isEqualTo(ModelUnanswered.MALFORMED);
    assertThat(counters.statistics().unavailable("malformed")).isEqualTo(1);
  }

  @Test
  void a_message_content_that_is_not_the_schema_is_unavailable_as_malformed() throws Exception {
    model.answering(
        200,
        "{\"choices\":[{\"message\":{\"content\":"
            + JSON.writeValueAsString("Sure! The names are: dagny halvorsen")
            + "}}]}");

    assertThatThrownBy(() -> recognizer().find(TEXT))
        .isInstanceOf(RecognizerUnavailable.class)
        .hasMessageNotContaining("dagny");
    assertThat(counters.statistics().unavailable("malformed")).isEqualTo(1);
  }

  @Test
  void an_answer_of_another_status_is_unavailable() {
    model.answering(503, "{\"error\":\"model loading\"}");

    assertThatThrownBy(() -> recognizer().find(TEXT))
        .isInstanceOf(RecognizerUnavailable.class)
        .hasMessageContaining("status")
        .extracting(e -> ((RecognizerUnavailable) e).reason())
        .isEqualTo(ModelUnanswered.STATUS);
    assertThat(counters.statistics().unavailable("status")).isEqualTo(1);
  }

  @Test
  void a_model_slower_than_the_timeout_is_unavailable() {
    model.holding();

    assertThatThrownBy(() -> recognizer(model.baseUrl(), 200).find(TEXT))
        .isInstanceOf(RecognizerUnavailable.class)
        .hasMessageContaining("timeout")
        .extracting(e -> ((RecognizerUnavailable) e).reason())
        .isEqualTo(ModelUnanswered.TIMEOUT);
    assertThat(counters.statistics().unavailable("timeout")).isEqualTo(1);
  }

  @Test
  void a_model_that_is_down_is_unavailable() throws Exception {
    var down = recognizer("http://127.0.0.1:" + FakeService.closedPort(), 10_000);

    assertThatThrownBy(() -> down.find(TEXT))
        .isInstanceOf(RecognizerUnavailable.class)
        .hasMessageContaining("unreachable")
        .extracting(e -> ((RecognizerUnavailable) e).reason())
        .isEqualTo(ModelUnanswered.UNREACHABLE);
    assertThat(counters.statistics().unavailable("unreachable")).isEqualTo(1);
  }

  @Test
  void the_call_starts_at_begin_and_is_read_at_join() throws Exception {
    int word = TEXT.indexOf("bluebird");
    model.answering(200, answer("[" + span(word, word + 8, "OTHER_ID", "bluebird") + "]"));

    var pending = recognizer().begin(TEXT);
    assertThat(counters.statistics().calls()).isEqualTo(1);

    assertThat(pending.join()).extracting(Detection::start).containsExactly(word);
  }
}
