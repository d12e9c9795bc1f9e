package dev.masker.adapters.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.EntityRecognizer.RecognizerUnavailable;
import dev.masker.domain.masking.Pass;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PresidioRecognizerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeService analyzer;
  private final RecognizerCounters counters = new RecognizerCounters();

  PresidioRecognizerTest() throws Exception {
    analyzer = new FakeService();
  }

  @AfterEach
  void stop() {
    analyzer.close();
  }

  private PresidioRecognizer recognizer(String baseUrl, long timeoutMs) {
    return new PresidioRecognizer(baseUrl, Duration.ofMillis(timeoutMs), "en", 0.4, counters);
  }

  private PresidioRecognizer recognizer() {
    return recognizer(analyzer.baseUrl(), 10_000);
  }

  private static String result(String type, int start, int end, double score) {
    return "{\"entity_type\":\"%s\",\"start\":%d,\"end\":%d,\"score\":%s}"
        .formatted(type, start, end, score);
  }

  @Test
  void results_become_detections_of_their_kinds_with_presidios_scores() throws Exception {
    var text = "Ines Varga, 415-555-0172, ines@example.org";
    analyzer.answering(
        200,
        "["
            + result("PERSON", 0, 10, 0.85)
            + ","
            + result("PHONE_NUMBER", 12, 24, 0.75)
            + ","
            + result("EMAIL_ADDRESS", 26, 42, 1.0)
            + ","
            + result("NRP", 0, 4, 0.9)
            + "]");

    var found = recognizer().find(text);

    assertThat(found)
        .extracting(Detection::kind, Detection::start, Detection::end, Detection::confidence)
        .containsExactly(
            tuple(EntityKind.NAME, 0, 10, 0.85),
            tuple(EntityKind.PHONE, 12, 24, 0.75),
            tuple(EntityKind.EMAIL, 26, 42, 1.0));
    assertThat(found).extracting(Detection::pass).containsOnly(Pass.NER);
    assertThat(found.get(1).canonical()).isEqualTo("4155550172");
    var request = JSON.readTree(analyzer.received().get(0).body());
    assertThat(analyzer.received().get(0).path()).isEqualTo("/analyze");
    assertThat(request.path("text").asText()).isEqualTo(text);
    assertThat(request.path("language").asText()).isEqualTo("en");
    assertThat(request.path("score_threshold").asDouble()).isEqualTo(0.4);
  }

  @Test
  void presidios_code_point_offsets_are_read_as_offsets_of_the_text() {
    // "𝒜" is one code point but two UTF-16 chars: the name after it starts at char 3, not 2.
    var text = "𝒜 Ólafur Jónsson";
    analyzer.answering(200, "[" + result("PERSON", 2, 16, 0.9) + "]");

    var found = recognizer().find(text);

    assertThat(found).extracting(Detection::start, Detection::end).containsExactly(tuple(3, 17));
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("Ólafur Jónsson");
  }

  @Test
  void types_without_a_kind_of_their_own_are_masked_as_other_ids() {
    analyzer.answering(200, "[" + result("ES_NIF", 4, 13, 0.9) + "]");

    assertThat(recognizer().find("nif 12345678Z"))
        .extracting(Detection::kind)
        .containsExactly(EntityKind.OTHER_ID);
  }

  @Test
  void results_outside_the_text_or_without_their_fields_are_dropped_and_counted() {
    analyzer.answering(
        200,
        "["
            + result("PERSON", 5, 99, 0.9)
            + ","
            + result("PERSON", 4, 4, 0.9)
            + ",{\"entity_type\":\"PERSON\",\"start\":0}]");

    assertThat(recognizer().find("just a short text")).isEmpty();
    assertThat(counters.statistics().droppedSpans()).isEqualTo(3);
  }

  @Test
  void garbage_is_unavailable_as_malformed() {
    analyzer.answering(200, "{\"not\": \"a list\"}");

    assertThatThrownBy(() -> recognizer().find("some text"))
        .isInstanceOf(RecognizerUnavailable.class)
        .hasMessageContaining("malformed");
    assertThat(counters.statistics().unavailable("malformed")).isEqualTo(1);
  }

  @Test
  void another_status_is_unavailable() {
    analyzer.answering(500, "[]");

    assertThatThrownBy(() -> recognizer().find("some text"))
        .isInstanceOf(RecognizerUnavailable.class)
        .hasMessageContaining("status");
  }

  @Test
  void a_slow_analyzer_is_unavailable_after_the_timeout() {
    analyzer.holding();

    assertThatThrownBy(() -> recognizer(analyzer.baseUrl(), 200).find("some text"))
        .isInstanceOf(RecognizerUnavailable.class)
        .hasMessageContaining("timeout");
  }

  @Test
  void an_analyzer_that_is_down_is_unavailable() throws Exception {
    var down = recognizer("http://127.0.0.1:" + FakeService.closedPort(), 10_000);

    assertThatThrownBy(() -> down.find("some text"))
        .isInstanceOf(RecognizerUnavailable.class)
        .hasMessageContaining("unreachable");
  }
}
