package dev.masker.application.port.out;

import dev.masker.domain.user.Password;
import dev.masker.domain.user.PasswordHash;

/**
 * A slow, salted password hash, compared in constant time. Its work is bounded: an implementation
 * may refuse a comparison it cannot start soon ({@link Busy}) rather than let sign-ins take the
 * processors from everything else.
 */
public interface PasswordHasher {
  /** Hashes a new password; waits for its turn when the bound is reached. */
  PasswordHash hash(Password password);

  /**
   * Whether {@code attempt} is the password behind {@code hash}.
   *
   * @throws Busy when as many hashes as allowed are being computed and none finished within a short
   *     wait: nothing was compared
   */
  boolean matches(String attempt, PasswordHash hash);

  /** Every permitted hash computation is in use: try again shortly. */
  final class Busy extends RuntimeException {
    public Busy() {
      super("password hashing is at its bound", null, false, false);
    }
  }
}
