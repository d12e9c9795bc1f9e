package dev.masker.domain.agent;

import dev.masker.domain.common.InvalidValue;
import java.util.Optional;

/**
 * The LLM an agent talks to: {@code provider:model} ({@code openai:gpt-4o-mini}), or the built-in
 * {@code stub}, which needs no model.
 */
public record Upstream(String provider, Optional<String> model) {
  public static final String STUB = "stub";

  public Upstream {
    if (provider == null || provider.isBlank()) {
      throw new InvalidValue("upstream", "must be provider:model or stub");
    }
  }

  public static Upstream parse(String text) {
    if (text == null) {
      throw new InvalidValue("upstream", "is required");
    }
    var trimmed = text.strip();
    if (trimmed.equals(STUB)) {
      return new Upstream(STUB, Optional.empty());
    }
    int colon = trimmed.indexOf(':');
    if (colon <= 0 || colon == trimmed.length() - 1) {
      throw new InvalidValue("upstream", "must be provider:model or stub");
    }
    var provider = trimmed.substring(0, colon);
    var model = trimmed.substring(colon + 1);
    if (!provider.matches("[a-z][a-z0-9_-]{0,63}") || !model.matches("[A-Za-z0-9._:/@-]{1,128}")) {
      throw new InvalidValue("upstream", "must be provider:model or stub");
    }
    return new Upstream(provider, Optional.of(model));
  }

  public boolean isStub() {
    return provider.equals(STUB);
  }

  @Override
  public String toString() {
    return model.map(m -> provider + ":" + m).orElse(provider);
  }
}
