package dev.masker.application.port.in;

import dev.masker.domain.common.Secret;

public interface SignOutUseCase {
  /** Ends the session of that cookie value, if there is one. */
  void signOut(Secret sessionSecret);
}
