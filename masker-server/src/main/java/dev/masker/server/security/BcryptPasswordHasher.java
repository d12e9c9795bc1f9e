package dev.masker.server.security;

import dev.masker.application.port.out.PasswordHasher;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt from BouncyCastle, in the {@code $2b$} format, compared in constant time. */
public final class BcryptPasswordHasher implements PasswordHasher {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final int cost;

  public BcryptPasswordHasher(int cost) {
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be 4 to 31");
    }
    this.cost = cost;
  }

  @Override
  public PasswordHash hash(Password password) {
    var salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new PasswordHash(
        OpenBSDBCrypt.generate(
            "2b", password.value().getBytes(StandardCharsets.UTF_8), salt, cost));
  }

  @Override
  public boolean matches(String attempt, PasswordHash hash) {
    var bytes = attempt.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > Password.MAX_BYTES) {
      // bcrypt would read only the first 72 bytes; such a password was never accepted.
      OpenBSDBCrypt.checkPassword(hash.value(), new byte[0]);
      return false;
    }
    return OpenBSDBCrypt.checkPassword(hash.value(), bytes);
  }
}
