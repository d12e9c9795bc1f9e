package dev.masker.adapters.rest.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * The credential of an {@code Authorization: Bearer …} header. Another scheme (a reverse proxy's
 * {@code Basic}, say) is no attempt at a token and is left alone; a bearer header of any other
 * shape is an attempt that fails.
 */
final class BearerToken {
  private static final String SCHEME = "bearer";

  private BearerToken() {}

  /** The credential after {@code Bearer}, empty text when there is none; empty for no bearer. */
  static Optional<String> in(String header) {
    if (header == null) {
      return Optional.empty();
    }
    var value = header.strip();
    if (value.length() < SCHEME.length()
        || !value.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return Optional.empty();
    }
    if (value.length() == SCHEME.length()) {
      return Optional.of("");
    }
    if (!Character.isWhitespace(value.charAt(SCHEME.length()))) {
      // "Bearerxyz": meant as a bearer header, and malformed.
      return Optional.of("");
    }
    return Optional.of(value.substring(SCHEME.length()).strip());
  }
}
