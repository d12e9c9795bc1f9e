package dev.masker.adapters.llm;

import java.net.URI;
import java.util.Optional;

/**
 * Where one OpenAI-compatible provider takes chat completions, and the key it wants.
 *
 * @param chatCompletions {@code {base URL}/chat/completions}
 * @param apiKey sent as {@code Authorization: Bearer <key>}; empty when the provider needs none
 */
record ProviderEndpoint(String name, URI chatCompletions, Optional<String> apiKey) {

  /**
   * @param baseUrl includes the version path, as in the OpenAI SDKs ({@code
   *     https://api.openai.com/v1})
   * @param apiKey blank counts as none
   */
  static ProviderEndpoint of(String name, String baseUrl, Optional<String> apiKey) {
    URI base;
    try {
      base = URI.create(baseUrl.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The base URL of upstream " + name + " is not a URL");
    }
    var scheme = base.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || base.getHost() == null
        || base.getRawQuery() != null) {
      throw new IllegalArgumentException(
          "The base URL of upstream " + name + " must be an absolute http(s) URL without a query");
    }
    var text = base.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return new ProviderEndpoint(
        name,
        URI.create(text + "/chat/completions"),
        apiKey.map(String::strip).filter(key -> !key.isEmpty()));
  }

  /** Without the key. */
  @Override
  public String toString() {
    return "ProviderEndpoint[" + name + " " + chatCompletions + "]";
  }
}
