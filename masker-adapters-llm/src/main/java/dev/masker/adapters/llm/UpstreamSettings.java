package dev.masker.adapters.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of the upstream adapter, each with its one default (docs/configuration.md lists
 * them): {@code openai} ({@code masker.openai-base-url}, {@code masker.openai-api-key}), the
 * OpenAI-compatible providers beyond {@code openai} and {@code stub} ({@code
 * masker.upstreams.<name>.base-url} and {@code .api-key}, also from the environment as {@code
 * MASKER_UPSTREAMS_<NAME>_BASE_URL}), the timeout and the connection pool.
 */
@ConfigMapping(prefix = "masker")
public interface UpstreamSettings {
  /** Includes the version path; requests go to {@code {base}/chat/completions}. */
  @WithDefault(UpstreamRouter.DEFAULT_OPENAI_BASE_URL)
  String openaiBaseUrl();

  Optional<String> openaiApiKey();

  @WithName("upstreams")
  Map<String, Provider> providers();

  /**
   * How long a turn waits for the upstream (the proxy's per-call timeout) and a connection may take
   * to open. Also read by the server's wiring for the proxy; this is its one default.
   */
  @WithDefault("30000")
  long upstreamTimeoutMs();

  /** Kept-alive connections per provider. */
  @WithDefault("256")
  int upstreamMaxConnections();

  interface Provider {
    /** Includes the version path, like {@code https://api.groq.com/openai/v1}. */
    String baseUrl();

    Optional<String> apiKey();
  }
}
