package dev.masker.domain.auth;

import dev.masker.domain.common.InvalidValue;

/** What a user calls an API token, to tell it from their others: 1 to 64 characters. */
public record ApiTokenName(String value) {
  public static final int MAX_LENGTH = 64;

  public ApiTokenName {
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
}
