package dev.masker.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.agent.Upstream;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredUpstreamsTest {
  private static ConfiguredUpstreams with(Map<String, String> properties, Map<String, String> env) {
    var config =
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .withSources(new EnvConfigSource(env, 300))
            .withMapping(UpstreamSettings.class)
            .build();
    return new ConfiguredUpstreams(config.getConfigMapping(UpstreamSettings.class));
  }

  @Test
  void the_stub_and_openai_are_always_offered() {
    var upstreams = with(Map.of(), Map.of());

    assertThat(upstreams.providers()).containsExactlyInAnyOrder("stub", "openai");
    assertThat(upstreams.offers(Upstream.parse("stub"))).isTrue();
    assertThat(upstreams.offers(Upstream.parse("openai:gpt-4o-mini"))).isTrue();
    assertThat(upstreams.offers(Upstream.parse("groq:llama-3.1-8b"))).isFalse();
  }

  @Test
  void providers_configured_as_properties_or_environment_variables_are_offered() {
    var upstreams =
        with(
            Map.of(
                "masker.upstreams.vllm.base-url", "http://127.0.0.1:8000/v1",
                "masker.upstreams.vllm.api-key", "k"),
            Map.of("MASKER_UPSTREAMS_GROQ_BASE_URL", "https://api.groq.example/openai/v1"));

    assertThat(upstreams.providers()).containsExactlyInAnyOrder("stub", "openai", "groq", "vllm");
    assertThat(upstreams.offers(Upstream.parse("vllm:meta-llama/Llama-3.1-8B"))).isTrue();
    assertThat(upstreams.offers(Upstream.parse("groq:llama-3.1-8b"))).isTrue();
  }

  @Test
  void a_provider_with_a_key_but_no_base_url_stops_the_configuration() {
    assertThatThrownBy(() -> with(Map.of("masker.upstreams.half.api-key", "k"), Map.of()))
        .hasMessageContaining("masker.upstreams.half.base-url");
  }
}
