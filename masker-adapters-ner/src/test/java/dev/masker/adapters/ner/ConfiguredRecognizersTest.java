package dev.masker.adapters.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.EntityRecognizer.RecognizerUnavailable;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredRecognizersTest {
  private static ConfiguredRecognizers with(
      Map<String, String> properties, Map<String, String> env) {
    var config =
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .withSources(new EnvConfigSource(env, 300))
            .withMapping(RecognizerSettings.class)
            .build();
    return new ConfiguredRecognizers(config.getConfigMapping(RecognizerSettings.class));
  }

  @Test
  void without_settings_there_is_no_recognizer() {
    var configured = with(Map.of(), Map.of());

    assertThat(configured.recognizer()).isEmpty();
    assertThat(configured.statistics().calls()).isZero();
  }

  @Test
  void a_model_from_environment_variables_is_the_recognizer() throws Exception {
    try (var model = new FakeService()) {
      model.answering(200, "{\"choices\":[{\"message\":{\"content\":\"{\\\"spans\\\":[]}\"}}]}");
      var configured =
          with(
              Map.of(),
              Map.of(
                  "MASKER_NER_OPENAI_BASE_URL",
                  model.baseUrl() + "/v1",
                  "MASKER_NER_OPENAI_MODEL",
                  "tiny"));

      assertThat(configured.recognizer()).isPresent();
      assertThat(configured.recognizer().get().find("hello there")).isEmpty();
      assertThat(model.received()).hasSize(1);
    }
  }

  @Test
  void a_model_without_its_model_name_stops_the_configuration() {
    assertThatThrownBy(() -> with(Map.of("masker.ner.openai.base-url", "http://x/v1"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("masker.ner.openai.model is required");
  }

  @Test
  void with_both_both_are_asked_and_either_one_down_leaves_the_text_without_an_answer()
      throws Exception {
    try (var model = new FakeService();
        var analyzer = new FakeService()) {
      model.answering(
          200,
          "{\"choices\":[{\"message\":{\"content\":"
              + "\"{\\\"spans\\\":[{\\\"start\\\":0,\\\"end\\\":5,\\\"kind\\\":\\\"NAME\\\","
              + "\\\"value\\\":\\\"dagny\\\"}]}\"}}]}");
      analyzer.answering(
          200, "[{\"entity_type\":\"PHONE_NUMBER\",\"start\":9,\"end\":21,\"score\":0.7}]");
      var both =
          with(
              Map.of(
                  "masker.ner.openai.base-url",
                  model.baseUrl() + "/v1",
                  "masker.ner.openai.model",
                  "tiny",
                  "masker.ner.presidio.base-url",
                  analyzer.baseUrl()),
              Map.of());
      var text = "dagny at 415 555 0172";

      assertThat(both.recognizer().get().find(text))
          .extracting(Detection::kind)
          .containsExactlyInAnyOrder(EntityKind.NAME, EntityKind.PHONE);

      analyzer.answering(503, "[]");
      assertThatThrownBy(() -> both.recognizer().get().find(text))
          .isInstanceOf(RecognizerUnavailable.class);
      assertThat(both.statistics().calls()).isEqualTo(4);
      assertThat(both.statistics().unavailable("status")).isEqualTo(1);
    }
  }
}
