package dev.masker.application.port.out;

import dev.masker.domain.auth.WebSession;
import dev.masker.domain.user.UserId;
import java.util.Optional;

/** Signed-in sessions, found by the digest of their cookie value. */
public interface WebSessionRepository {
  void add(WebSession session);

  Optional<WebSession> find(String secretDigest);

  /** Stores a session's new expiry. */
  void update(WebSession session);

  void delete(String secretDigest);

  /** Ends every session of the user (after a password reset). */
  void deleteAllOf(UserId user);
}
