package dev.masker.domain.masking.token;

import java.util.Objects;

/**
 * What a detected value is replaced by: the text, and the scheme and kid that made it (both null
 * for a redaction).
 */
public record Replacement(String text, TokenScheme scheme, String kid) {
  public Replacement {
    Objects.requireNonNull(text, "text");
    if ((scheme == null) != (kid == null)) {
      throw new IllegalArgumentException("a scheme and a kid come together");
    }
  }

  public boolean reversible() {
    return scheme != null;
  }
}
