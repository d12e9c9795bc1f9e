package dev.masker.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.domain.common.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamTest {
  @Test
  void stub_is_the_built_in_upstream_without_a_model() {
    var stub = Upstream.parse("stub");

    assertThat(stub.isStub()).isTrue();
    assertThat(stub.provider()).isEqualTo("stub");
    assertThat(stub.model()).isEmpty();
    assertThat(stub).hasToString("stub");
  }

  @Test
  void provider_and_model_are_read_from_provider_colon_model() {
    var upstream = Upstream.parse("openai:gpt-4o-mini");

    assertThat(upstream.isStub()).isFalse();
    assertThat(upstream.provider()).isEqualTo("openai");
    assertThat(upstream.model()).contains("gpt-4o-mini");
    assertThat(upstream).hasToString("openai:gpt-4o-mini");
  }

  @Test
  void surrounding_whitespace_is_ignored() {
    assertThat(Upstream.parse("  openai:gpt-4o \n")).isEqualTo(Upstream.parse("openai:gpt-4o"));
    assertThat(Upstream.parse(" stub ").isStub()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "openai:gpt-4o",
        "azure_openai:gpt-4o-2024-08-06",
        "openrouter:meta-llama/llama-3.1-8b-instruct:free",
        "bedrock:anthropic.claude-3-haiku@20240307",
        "x:y"
      })
  void model_names_as_providers_spell_them_survive_a_round_trip(String text) {
    assertThat(Upstream.parse(text)).hasToString(text);
    assertThat(Upstream.parse(Upstream.parse(text).toString())).isEqualTo(Upstream.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "openai",
        "STUB",
        ":gpt-4o",
        "openai:",
        "OpenAI:gpt-4o",
        "open ai:gpt-4o",
        "1openai:gpt-4o",
        "openai:gpt 4o",
        "openai:gpt-4o?key=x",
        "openai: gpt-4o"
      })
  void anything_but_provider_colon_model_or_stub_is_refused(String text) {
    assertThatThrownBy(() -> Upstream.parse(text))
        .isInstanceOfSatisfying(
            InvalidValue.class,
            e -> {
              assertThat(e.field()).isEqualTo("upstream");
              assertThat(e.issue()).isEqualTo("must be provider:model or stub");
            });
  }

  @Test
  void a_provider_name_longer_than_sixty_four_characters_is_refused() {
    assertThat(Upstream.parse("a".repeat(64) + ":m").provider()).hasSize(64);
    assertThatThrownBy(() -> Upstream.parse("a".repeat(65) + ":m"))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void a_model_name_longer_than_128_characters_is_refused() {
    assertThat(Upstream.parse("openai:" + "m".repeat(128)).model()).contains("m".repeat(128));
    assertThatThrownBy(() -> Upstream.parse("openai:" + "m".repeat(129)))
        .isInstanceOf(InvalidValue.class);
  }

  @Test
  void a_missing_upstream_is_required() {
    assertThatThrownBy(() -> Upstream.parse(null))
        .isInstanceOfSatisfying(
            InvalidValue.class, e -> assertThat(e.issue()).isEqualTo("is required"));
  }
}
