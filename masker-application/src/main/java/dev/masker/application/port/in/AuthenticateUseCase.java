package dev.masker.application.port.in;

import dev.masker.domain.common.Secret;
import java.util.Optional;

/** Recognises a session cookie value, sliding the session's expiry. */
public interface AuthenticateUseCase {
  Optional<Authentication> authenticate(Secret sessionSecret);

  /** The caller, and whether the session's expiry moved (the cookie should then be re-sent). */
  record Authentication(Caller caller, boolean extended) {}
}
