package dev.masker.adapters.llm;

import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReply;
import dev.masker.domain.agent.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
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

  private final UpstreamLlm stub;
  private final UpstreamLlm openAiCompatible;

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
            endpoints(settings, openAiBaseUrl, openAiApiKey), connectTimeout(timeoutMillis)));
  }

  UpstreamRouter(UpstreamLlm stub, UpstreamLlm openAiCompatible) {
    this.stub = stub;
    this.openAiCompatible = openAiCompatible;
  }

  @Override
  public UpstreamReply complete(UpstreamCall call) {
    return route(call).complete(call);
  }

  @Override
  public void stream(UpstreamCall call, StreamListener listener) {
    route(call).stream(call, listener);
  }

  private UpstreamLlm route(UpstreamCall call) {
    return call.provider().equals(Upstream.STUB) ? stub : openAiCompatible;
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
