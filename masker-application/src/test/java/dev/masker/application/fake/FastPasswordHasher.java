package dev.masker.application.fake;

import dev.masker.application.port.out.PasswordHasher;
import dev.masker.domain.common.Sha256;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.PasswordHash;
import java.util.UUID;

/** A salted SHA-256 stand-in for bcrypt: the same contract, without the deliberate slowness. */
public final class FastPasswordHasher implements PasswordHasher {
  @Override
  public PasswordHash hash(Password password) {
    var salt = UUID.randomUUID().toString();
    return new PasswordHash("fast$" + salt + "$" + Sha256.hex(salt + password.value()));
  }

  @Override
  public boolean matches(String attempt, PasswordHash hash) {
    var parts = hash.value().split("\\$");
    return parts.length == 3 && parts[2].equals(Sha256.hex(parts[1] + attempt));
  }
}
