package dev.masker.application.port.out;

import dev.masker.domain.auth.OAuthState;
import java.time.Instant;
import java.util.Optional;

/** Sign-ins with an OAuth provider in progress, found by the digest of their state. */
public interface OAuthStateRepository {
  void add(OAuthState state);

  /**
   * Removes the state and returns it: a state can be taken once only, so of two requests that bring
   * the same state at the same time, one finds it and the other finds nothing.
   */
  Optional<OAuthState> take(String stateDigest);

  /** Forgets states of sign-ins started before {@code instant} (abandoned ones). */
  void deleteCreatedBefore(Instant instant);
}
