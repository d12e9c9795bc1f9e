package dev.masker.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.agent.Upstream;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredUpstreamsTest {
  private static ConfiguredUpstreams with(Map<String, String> properties) {
    var config =
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(properties, "test", 100))
            .build();
    return new ConfiguredUpstreams(config);
  }

  @Test
  void the_stub_and_openai_are_always_offered() {
    var upstreams = with(Map.of());

    assertThat(upstreams.providers()).containsExactlyInAnyOrder("stub", "openai");
    assertThat(upstreams.offers(Upstream.parse("stub"))).isTrue();
    assertThat(upstreams.offers(Upstream.parse("openai:gpt-4o-mini"))).isTrue();
    assertThat(upstreams.offers(Upstream.parse("groq:llama-3.1-8b"))).isFalse();
  }

  @Test
  void every_provider_with_a_base_url_is_offered() {
    var upstreams =
        with(
            Map.of(
                "masker.upstreams.groq.base-url", "https://api.groq.example/openai/v1",
                "masker.upstreams.groq.api-key", "k",
                "masker.upstreams.vllm.base-url", "http://127.0.0.1:8000/v1",
                "masker.upstreams.half.api-key", "only a key, no base url"));

    assertThat(upstreams.providers()).containsExactlyInAnyOrder("stub", "openai", "groq", "vllm");
    assertThat(upstreams.offers(Upstream.parse("vllm:meta-llama/Llama-3.1-8B"))).isTrue();
    assertThat(upstreams.offers(Upstream.parse("half:model"))).isFalse();
  }
}
