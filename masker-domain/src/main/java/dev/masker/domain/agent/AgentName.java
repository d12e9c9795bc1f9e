package dev.masker.domain.agent;

import dev.masker.domain.common.InvalidValue;
import java.util.Locale;

/** An agent's name: 1 to 64 characters, unique per account regardless of case. */
public record AgentName(String value) {
  public static final int MAX_LENGTH = 64;

  public AgentName {
    if (value == null) {
      throw new InvalidValue("name", "is required");
    }
    value = value.strip();
    int length = value.codePointCount(0, value.length());
    if (length < 1 || length > MAX_LENGTH) {
      throw new InvalidValue("name", "must be 1 to " + MAX_LENGTH + " characters");
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidValue("name", "must not contain control characters");
    }
  }

  /** The form compared for uniqueness. */
  public String folded() {
    return value.toLowerCase(Locale.ROOT);
  }
}
