package dev.masker.application.port.out;

import dev.masker.domain.user.Password;
import dev.masker.domain.user.PasswordHash;

/** A slow, salted password hash, compared in constant time. */
public interface PasswordHasher {
  PasswordHash hash(Password password);

  /** Whether {@code attempt} is the password behind {@code hash}. */
  boolean matches(String attempt, PasswordHash hash);
}
