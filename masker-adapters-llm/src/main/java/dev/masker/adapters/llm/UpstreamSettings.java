package dev.masker.adapters.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenAI-compatible providers configured beyond {@code openai} and {@code stub}: {@code
 * masker.upstreams.<name>.base-url} and {@code .api-key}, also from the environment as {@code
 * MASKER_UPSTREAMS_<NAME>_BASE_URL}.
 */
@ConfigMapping(prefix = "masker.upstreams")
public interface UpstreamSettings {
  @WithParentName
  Map<String, Provider> providers();

  interface Provider {
    /** Includes the version path, like {@code https://api.groq.com/openai/v1}. */
    String baseUrl();

    Optional<String> apiKey();
  }
}
