package dev.masker.adapters.llm;

import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReply;
import dev.masker.domain.agent.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's one {@link UpstreamLlm}: sends {@code stub} calls to the built-in {@link
 * StubUpstream} and every other provider to the {@link OpenAiCompatibleClient}, which knows {@code
 * openai} ({@code masker.openai-base-url}, {@code masker.openai-api-key}) and each {@code
 * masker.upstreams.<name>} of {@link UpstreamSettings}. A {@code masker.upstreams.openai} entry, if
 * any, replaces the {@code masker.openai-*} settings; {@code stub} always means the built-in one.
 *
 * <p>The clients it routes to are not beans, so this is the only injectable implementation of the
 * port.
 */
@ApplicationScoped
public class UpstreamRouter implements UpstreamLlm {
  static final String DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";

  static final Duration REACHABILITY_WINDOW = Duration.ofMinutes(1);

  private final UpstreamLlm stub;
  private final UpstreamLlm openAiCompatible;
  private final Clock clock;
  private volatile Instant lastUnreachable;

  @Inject
  public UpstreamRouter(
      UpstreamSettings settings,
      @ConfigProperty(name = "masker.openai-base-url", defaultValue = DEFAULT_OPENAI_BASE_URL)
          String openAiBaseUrl,
      @ConfigProperty(name = "masker.openai-api-key") Optional<String> openAiApiKey,
      @ConfigProperty(name = "masker.upstream-timeout-ms", defaultValue = "30000")
          long timeoutMillis,
      Clock clock) {
    this(
        new StubUpstream(clock),
        OpenAiCompatibleClient.create(
            endpoints(settings, openAiBaseUrl, openAiApiKey), connectTimeout(timeoutMillis)),
        clock);
  }

  UpstreamRouter(UpstreamLlm stub, UpstreamLlm openAiCompatible, Clock clock) {
    this.stub = stub;
    this.openAiCompatible = openAiCompatible;
    this.clock = clock;
  }

  @Override
  public UpstreamReply complete(UpstreamCall call) {
    var reply = route(call).complete(call);
    if (!isStub(call)) {
      observe(reply instanceof UpstreamFailure failure ? failure : null);
    }
    return reply;
  }

  @Override
  public void stream(UpstreamCall call, StreamListener listener) {
    if (isStub(call)) {
      stub.stream(call, listener);
      return;
    }
    openAiCompatible.stream(
        call,
        new StreamListener() {
          @Override
          public void onEvent(String data) {
            listener.onEvent(data);
          }

          @Override
          public void onComplete() {
            observe(null);
            listener.onComplete();
          }

          @Override
          public void onFailure(UpstreamFailure failure) {
            observe(failure);
            listener.onFailure(failure);
          }
        });
  }

  /**
   * Whether the upstreams answer, as far as the last call tells: false when the last call within
   * {@link #REACHABILITY_WINDOW} could not reach its upstream or got no answer in time. Health
   * checks read this instead of calling a paid LLM.
   */
  public boolean reachable() {
    var failedAt = lastUnreachable;
    return failedAt == null || failedAt.isBefore(clock.instant().minus(REACHABILITY_WINDOW));
  }

  private void observe(UpstreamFailure failure) {
    if (failure instanceof UpstreamFailure.Unreachable
        || failure instanceof UpstreamFailure.TimedOut) {
      lastUnreachable = clock.instant();
    } else {
      lastUnreachable = null;
    }
  }

  private UpstreamLlm route(UpstreamCall call) {
    return isStub(call) ? stub : openAiCompatible;
  }

  private static boolean isStub(UpstreamCall call) {
    return call.provider().equals(Upstream.STUB);
  }

  static Map<String, ProviderEndpoint> endpoints(
      UpstreamSettings settings, String openAiBaseUrl, Optional<String> openAiApiKey) {
    var endpoints = new HashMap<String, ProviderEndpoint>();
    endpoints.put(
        ConfiguredUpstreams.OPENAI,
        ProviderEndpoint.of(ConfiguredUpstreams.OPENAI, openAiBaseUrl, openAiApiKey));
    settings
        .providers()
        .forEach(
            (name, provider) ->
                endpoints.put(
                    name, ProviderEndpoint.of(name, provider.baseUrl(), provider.apiKey())));
    endpoints.remove(Upstream.STUB);
    return endpoints;
  }

  private static Duration connectTimeout(long timeoutMillis) {
    if (timeoutMillis <= 0) {
      throw new IllegalArgumentException("masker.upstream-timeout-ms must be positive");
    }
    return Duration.ofMillis(timeoutMillis);
  }
}
