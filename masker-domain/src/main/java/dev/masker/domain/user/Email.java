package dev.masker.domain.user;

import dev.masker.domain.common.InvalidValue;
import java.util.Locale;

/** A sign-in email address, kept in lower case so that one address is one user. */
public record Email(String value) {
  private static final int MAX_LENGTH = 254;

  public Email {
    if (value == null) {
      throw new InvalidValue("email", "is required");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    int at = value.indexOf('@');
    if (value.length() > MAX_LENGTH
        || at <= 0
        || at != value.lastIndexOf('@')
        || at == value.length() - 1
        || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new InvalidValue("email", "must be an email address");
    }
  }

  @Override
  public String toString() {
    return "Email[***]";
  }
}
