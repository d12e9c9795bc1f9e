package dev.masker.application.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * One request to an upstream provider.
 *
 * @param provider the provider name of the agent's upstream: {@code stub}, {@code openai} or a
 *     configured {@code masker.upstreams.<name>}
 * @param model the model, for the record only (null for a stub agent): the upstream reads the
 *     {@code model} inside {@code jsonBody}, which this port never rewrites
 * @param jsonBody the Chat Completions request body, already masked
 * @param timeout see {@link UpstreamLlm#complete} and {@link UpstreamLlm#stream}
 */
public record UpstreamCall(String provider, String model, String jsonBody, Duration timeout) {
  public UpstreamCall {
    if (provider == null || provider.isBlank()) {
      throw new IllegalArgumentException("provider is required");
    }
    Objects.requireNonNull(jsonBody, "jsonBody");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  /** Without the body: even masked, a conversation does not belong in a log line. */
  @Override
  public String toString() {
    return "UpstreamCall[provider=" + provider + ", model=" + model + ", timeout=" + timeout + "]";
  }
}
