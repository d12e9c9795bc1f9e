package dev.masker.adapters.llm;

import dev.masker.application.port.out.StreamListener;
import dev.masker.application.port.out.UpstreamCall;
import dev.masker.application.port.out.UpstreamFailure;
import dev.masker.application.port.out.UpstreamLlm;
import dev.masker.application.port.out.UpstreamReachability;
import dev.masker.application.port.out.UpstreamReply;
import dev.masker.domain.agent.Upstream;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's one {@link UpstreamLlm}: sends {@code stub} calls to the built-in {@link
 * StubUpstream} and every other provider to the {@link OpenAiCompatibleClient}, which knows {@code
 * openai} ({@code masker.openai-base-url}, {@code masker.openai-api-key}) and each {@code
 * masker.upstreams.<name>} of {@link UpstreamSettings}. A {@code masker.upstreams.openai} entry, if
 * any, replaces the {@code masker.openai-*} settings; {@code stub} always means the built-in one.
 *
 * <p>The clients it routes to are not beans, so this is the only injectable implementation of the
 * port. It is built at startup, on the main thread: the client takes its event loops then.
 */
@Startup
@ApplicationScoped
public class UpstreamRouter implements UpstreamLlm, UpstreamReachability {
  static final String DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";

  static final Duration REACHABILITY_WINDOW = Duration.ofMinutes(1);

  private final UpstreamLlm stub;
  private final UpstreamLlm openAiCompatible;
  private final Clock clock;
  private final Runnable onClose;

  /** Per provider: when its last call could not reach it, or absent after a call that did. */
  private final Map<String, Instant> unreachableSince = new ConcurrentHashMap<>();

  private volatile Instant lastReached = Instant.MIN;

  @Inject
  public UpstreamRouter(UpstreamSettings settings, Vertx vertx, Clock clock) {
    this(
        new StubUpstream(clock),
        OpenAiCompatibleClient.create(
            vertx,
            endpoints(settings, settings.openaiBaseUrl(), settings.openaiApiKey()),
            connectTimeout(settings.upstreamTimeoutMs()),
            settings.upstreamMaxConnections()),
        clock);
  }

  private UpstreamRouter(UpstreamLlm stub, OpenAiCompatibleClient openAiCompatible, Clock clock) {
    this(stub, openAiCompatible, clock, openAiCompatible::close);
  }

  UpstreamRouter(UpstreamLlm stub, UpstreamLlm openAiCompatible, Clock clock) {
    this(stub, openAiCompatible, clock, () -> {});
  }

  private UpstreamRouter(
      UpstreamLlm stub, UpstreamLlm openAiCompatible, Clock clock, Runnable onClose) {
    this.stub = stub;
    this.openAiCompatible = openAiCompatible;
    this.clock = clock;
    this.onClose = onClose;
  }

  /** Closes the pooled upstream connections. */
  @PreDestroy
  void close() {
    onClose.run();
  }

  @Override
  public UpstreamReply complete(UpstreamCall call) {
    var reply = route(call).complete(call);
    if (!isStub(call)) {
      observe(call, reply instanceof UpstreamFailure failure ? failure : null);
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
            observe(call, null);
            listener.onComplete();
          }

          @Override
          public void onFailure(UpstreamFailure failure) {
            observe(call, failure);
            listener.onFailure(failure);
          }
        });
  }

  /**
   * Whether the upstreams answer, as far as the last calls tell: false when a provider's last call
   * within {@link #REACHABILITY_WINDOW} could not reach it or got no answer in time, and no
   * provider was reached since. One agent pointed at a dead provider does not make the whole server
   * unhealthy while others answer. Health checks read this instead of calling a paid LLM.
   */
  @Override
  public boolean reachable() {
    var since = clock.instant().minus(REACHABILITY_WINDOW);
    unreachableSince.values().removeIf(failedAt -> failedAt.isBefore(since));
    return unreachableSince.isEmpty() || lastReached.isAfter(since);
  }

  private void observe(UpstreamCall call, UpstreamFailure failure) {
    if (failure instanceof UpstreamFailure.Unreachable
        || failure instanceof UpstreamFailure.TimedOut) {
      unreachableSince.put(call.provider(), clock.instant());
    } else {
      unreachableSince.remove(call.provider());
      lastReached = clock.instant();
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
