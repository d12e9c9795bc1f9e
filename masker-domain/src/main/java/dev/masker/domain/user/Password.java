package dev.masker.domain.user;

import dev.masker.domain.common.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * A password as typed by a person, checked against the rules for new passwords: at least {@link
 * #MIN_LENGTH} characters not counting spaces at either end (so a password of spaces, or of a few
 * characters padded with spaces, is refused), and at most {@link #MAX_BYTES} bytes: bcrypt reads no
 * more, so longer passwords are refused rather than silently cut. The value is kept as typed.
 */
public record Password(String value) {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_BYTES = 72;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  public Password {
    if (value == null) {
      throw new InvalidValue("password", "is required");
    }
    if (value.isBlank()) {
      throw new InvalidValue("password", "must not be only spaces");
    }
    var inner = value.strip();
    if (inner.codePointCount(0, inner.length()) < MIN_LENGTH
        || value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new InvalidValue(
          "password",
          "must be at least "
              + MIN_LENGTH
              + " characters (spaces at either end not counted) and at most 72 bytes");
    }
  }

  /** A random password of 24 characters from an alphabet without look-alikes. */
  public static Password generate() {
    var text = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return new Password(text.toString());
  }

  @Override
  public String toString() {
    return "Password[***]";
  }
}
