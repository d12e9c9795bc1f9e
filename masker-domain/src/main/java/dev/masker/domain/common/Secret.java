package dev.masker.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * An opaque random credential (session cookie value, proxy key). It is shown to its owner once; the
 * server keeps only its {@link #digest()}. {@link #toString()} never reveals it.
 */
public record Secret(String value) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  public Secret {
    if (value == null || value.isBlank()) {
      throw new InvalidValue("secret", "must not be empty");
    }
  }

  /** A new secret of 256 random bits, base64url without padding, after {@code prefix}. */
  public static Secret generate(String prefix) {
    var bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new Secret(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public String digest() {
    return Sha256.hex(value);
  }

  /** Constant-time comparison with a stored digest. */
  public boolean hasDigest(String storedDigest) {
    return storedDigest != null
        && MessageDigest.isEqual(
            digest().getBytes(StandardCharsets.US_ASCII),
            storedDigest.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "Secret[***]";
  }
}
