package dev.masker.domain.auth;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser or client, known to the server only by the SHA-256 digest of its cookie
 * value. Its lifetime slides: every use pushes the expiry {@link #LIFETIME} ahead, but the new
 * expiry is written at most once per {@link #EXTENSION_GRANULARITY}.
 */
public final class WebSession {
  public static final Duration LIFETIME = Duration.ofDays(30);
  public static final Duration EXTENSION_GRANULARITY = Duration.ofMinutes(1);

  private final String secretDigest;
  private final UserId userId;
  private final AccountId accountId;
  private final Instant createdAt;
  private final Instant extendedAt;

  private WebSession(
      String secretDigest,
      UserId userId,
      AccountId accountId,
      Instant createdAt,
      Instant extendedAt) {
    this.secretDigest = Objects.requireNonNull(secretDigest);
    this.userId = Objects.requireNonNull(userId);
    this.accountId = Objects.requireNonNull(accountId);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.extendedAt = Objects.requireNonNull(extendedAt);
  }

  public static WebSession open(
      String secretDigest, UserId userId, AccountId accountId, Instant now) {
    return new WebSession(secretDigest, userId, accountId, now, now);
  }

  public static WebSession reconstitute(
      String secretDigest,
      UserId userId,
      AccountId accountId,
      Instant createdAt,
      Instant extendedAt) {
    return new WebSession(secretDigest, userId, accountId, createdAt, extendedAt);
  }

  public Instant expiresAt() {
    return extendedAt.plus(LIFETIME);
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt());
  }

  /** The outcome of using the session at {@code now}. */
  public Use useAt(Instant now) {
    if (isExpiredAt(now)) {
      return new Use.Expired();
    }
    if (Duration.between(extendedAt, now).compareTo(EXTENSION_GRANULARITY) < 0) {
      return new Use.Current(this);
    }
    return new Use.Extended(new WebSession(secretDigest, userId, accountId, createdAt, now));
  }

  /** What happened when a session was used. */
  public sealed interface Use {
    /** Past its expiry: the caller is not signed in. */
    record Expired() implements Use {}

    /** Valid, and extended recently enough that nothing needs writing. */
    record Current(WebSession session) implements Use {}

    /** Valid, and its new expiry must be stored. */
    record Extended(WebSession session) implements Use {}
  }

  public String secretDigest() {
    return secretDigest;
  }

  public UserId userId() {
    return userId;
  }

  public AccountId accountId() {
    return accountId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant extendedAt() {
    return extendedAt;
  }
}
