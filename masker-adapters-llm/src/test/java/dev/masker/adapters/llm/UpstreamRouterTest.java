package dev.masker.adapters.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReply;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpstreamRouterTest {
  private static UpstreamSettings settings(Map<String, String> properties) {
    return new SmallRyeConfigBuilder()
        .withSources(new PropertiesConfigSource(properties, "test", 100))
        .withMapping(UpstreamSettings.class)
        .build()
        .getConfigMapping(UpstreamSettings.class);
  }

  /** Answers with its own name, so the test sees where a call went. */
  private static UpstreamLlm named(String name) {
    return new UpstreamLlm() {
      @Override
      public UpstreamReply complete(UpstreamCall call) {
        return new UpstreamReply.Completion(200, name);
      }

      @Override
      public void stream(UpstreamCall call, StreamListener listener) {
        listener.onFailure(new UpstreamFailure.Malformed(name));
      }
    };
  }

  private static UpstreamCall call(String provider) {
    return new UpstreamCall(provider, "m", "{}", Duration.ofSeconds(1));
  }

  @Test
  void stub_calls_go_to_the_stub_and_every_other_provider_to_the_openai_compatible_client() {
    var router = new UpstreamRouter(named("stub"), named("http"), Clock.systemUTC());

    assertThat(router.complete(call("stub"))).isEqualTo(new UpstreamReply.Completion(200, "stub"));
    assertThat(router.complete(call("openai")))
        .isEqualTo(new UpstreamReply.Completion(200, "http"));
    var listener = new RecordingListener();
    router.stream(call("groq"), listener);
    assertThat(listener.failure).isEqualTo(new UpstreamFailure.Malformed("http"));
  }

  /** Fails to connect while {@code down} is set, answers otherwise. */
  private static final class Flaky implements UpstreamLlm {
    boolean down;

    @Override
    public UpstreamReply complete(UpstreamCall call) {
      return down
          ? new UpstreamFailure.Unreachable("connection refused")
          : new UpstreamReply.Completion(200, "{}");
    }

    @Override
    public void stream(UpstreamCall call, StreamListener listener) {
      if (down) {
        listener.onFailure(new UpstreamFailure.TimedOut(Duration.ofSeconds(1)));
      } else {
        listener.onComplete();
      }
    }
  }

  @Test
  void
      the_upstream_is_unreachable_after_a_failed_connection_until_a_call_succeeds_or_a_minute_passes() {
    var flaky = new Flaky();
    var now = new Instant[] {Instant.parse("2026-11-28T10:00:00Z")};
    var clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    var router = new UpstreamRouter(named("stub"), flaky, clock);
    assertThat(router.reachable()).isTrue();

    flaky.down = true;
    router.complete(call("openai"));
    assertThat(router.reachable()).isFalse();
    router.complete(call("stub"));
    assertThat(router.reachable()).as("a stub answer says nothing about the LLM").isFalse();

    flaky.down = false;
    router.stream(call("openai"), new RecordingListener());
    assertThat(router.reachable()).isTrue();

    flaky.down = true;
    router.stream(call("openai"), new RecordingListener());
    assertThat(router.reachable()).isFalse();
    now[0] = now[0].plus(UpstreamRouter.REACHABILITY_WINDOW).plusSeconds(1);
    assertThat(router.reachable()).isTrue();
  }

  @Test
  void openai_and_each_configured_provider_get_their_chat_completions_endpoint() {
    var endpoints =
        UpstreamRouter.endpoints(
            settings(
                Map.of(
                    "masker.upstreams.groq.base-url", "https://api.groq.com/openai/v1/",
                    "masker.upstreams.groq.api-key", "gsk-1",
                    "masker.upstreams.vllm.base-url", "http://127.0.0.1:8000/v1",
                    "masker.upstreams.vllm.api-key", "  ")),
            UpstreamRouter.DEFAULT_OPENAI_BASE_URL,
            Optional.of("sk-1"));

    assertThat(endpoints).containsOnlyKeys("openai", "groq", "vllm");
    assertThat(endpoints.get("openai").chatCompletions())
        .isEqualTo(URI.create("https://api.openai.com/v1/chat/completions"));
    assertThat(endpoints.get("openai").apiKey()).contains("sk-1");
    assertThat(endpoints.get("groq").chatCompletions())
        .isEqualTo(URI.create("https://api.groq.com/openai/v1/chat/completions"));
    assertThat(endpoints.get("groq").apiKey()).contains("gsk-1");
    assertThat(endpoints.get("vllm").apiKey()).isEmpty();
    assertThat(endpoints.get("groq").toString()).doesNotContain("gsk-1");
  }

  @Test
  void a_configured_openai_entry_replaces_the_openai_settings_and_stub_stays_built_in() {
    var endpoints =
        UpstreamRouter.endpoints(
            settings(
                Map.of(
                    "masker.upstreams.openai.base-url", "https://openai.internal.example/v1",
                    "masker.upstreams.stub.base-url", "http://127.0.0.1:1/v1")),
            UpstreamRouter.DEFAULT_OPENAI_BASE_URL,
            Optional.empty());

    assertThat(endpoints).containsOnlyKeys("openai");
    assertThat(endpoints.get("openai").chatCompletions())
        .isEqualTo(URI.create("https://openai.internal.example/v1/chat/completions"));
  }

  @Test
  void a_base_url_that_is_not_an_http_url_stops_the_configuration() {
    assertThatThrownBy(
            () ->
                UpstreamRouter.endpoints(
                    settings(Map.of("masker.upstreams.groq.base-url", "api.groq.com/v1")),
                    UpstreamRouter.DEFAULT_OPENAI_BASE_URL,
                    Optional.empty()))
        .hasMessageContaining("upstream groq");
  }
}
