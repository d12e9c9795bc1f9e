package dev.masker.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in with an OAuth provider in progress: the browser that started it holds the random state
 * in a cookie and brings it back from the provider; the server keeps only its SHA-256 digest and
 * where to send the browser afterwards. It is good for {@link #LIFETIME} and for one use.
 */
public record OAuthState(String stateDigest, ReturnPath returnPath, Instant createdAt) {
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  public OAuthState {
    Objects.requireNonNull(stateDigest, "stateDigest");
    Objects.requireNonNull(returnPath, "returnPath");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public Instant expiresAt() {
    return createdAt.plus(LIFETIME);
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt());
  }

  @Override
  public String toString() {
    return "OAuthState[" + createdAt + "]";
  }
}
