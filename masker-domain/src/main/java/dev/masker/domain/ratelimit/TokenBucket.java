package dev.masker.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * One token bucket kept in memory: it starts full, gains tokens with time up to its burst, and
 * gives a request one. Not thread-safe; its owner holds the lock.
 */
public final class TokenBucket {
  private final RateLimit limit;
  private double tokens;
  private Instant refilledAt;

  public TokenBucket(RateLimit limit, Instant now) {
    this.limit = limit;
    this.tokens = limit.burst();
    this.refilledAt = now;
  }

  /**
   * Takes up to {@code wanted} whole tokens.
   *
   * @return how many were taken, and when none, how long until one is there
   */
  public Grant take(int wanted, Instant now) {
    refill(now);
    int granted = (int) Math.min(Math.max(0, wanted), Math.floor(tokens));
    tokens -= granted;
    return new Grant(granted, granted > 0 ? Duration.ZERO : limit.timeFor(1 - tokens));
  }

  /** How long until a token is there; zero when one is. Takes nothing. */
  public Duration untilToken(Instant now) {
    refill(now);
    return tokens >= 1 ? Duration.ZERO : limit.timeFor(1 - tokens);
  }

  /** Whether the bucket is full again, as if it had never been used. */
  public boolean isFull(Instant now) {
    refill(now);
    return tokens >= limit.burst();
  }

  private void refill(Instant now) {
    if (now.isAfter(refilledAt)) {
      double elapsed = Duration.between(refilledAt, now).toNanos() / 1e9;
      tokens = Math.min(limit.burst(), tokens + elapsed * limit.perSecond());
      refilledAt = now;
    }
  }

  /**
   * Tokens given to a request or a batch of requests.
   *
   * @param granted how many, possibly none
   * @param untilNext when none: how long until a token is there; else zero
   */
  public record Grant(int granted, Duration untilNext) {
    public Grant {
      if (granted < 0 || untilNext.isNegative()) {
        throw new IllegalArgumentException("a grant is never negative");
      }
    }
  }
}
