package dev.masker.domain.ratelimit;

import java.time.Duration;

/**
 * A token bucket's size: at most {@code burst} requests at once, refilled at {@code perSecond}
 * tokens a second (a fraction for limits counted in minutes or hours).
 */
public record RateLimit(int burst, double perSecond) {
  public RateLimit {
    if (burst < 1) {
      throw new IllegalArgumentException("a rate limit's burst must be at least 1");
    }
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("a rate limit's refill must be a positive number");
    }
  }

  /** A bucket of {@code burst} that refills completely in {@code period}. */
  public static RateLimit refilledIn(int burst, Duration period) {
    return new RateLimit(burst, burst / (period.toNanos() / 1e9));
  }

  /** How long the bucket takes to gain {@code tokens}. */
  public Duration timeFor(double tokens) {
    if (tokens <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(tokens / perSecond * 1e9));
  }
}
