package dev.masker.application.service.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.masker.application.port.out.RateLimitBuckets;
import dev.masker.domain.ratelimit.RateLimit;
import dev.masker.domain.ratelimit.TokenBucket;
import dev.masker.domain.ratelimit.TokenBucket.Grant;
import java.time.Clock;
import java.time.Duration;

/**
 * Token buckets in this process's memory: what a replica falls back on while the shared buckets
 * cannot be reached, and what tests use in their place. At most {@code capacity} buckets are kept;
 * one pushed out comes back full, so a flood of names costs memory only up to the bound.
 */
public final class ProcessBuckets implements RateLimitBuckets {
  private final Cache<String, TokenBucket> buckets;
  private final Clock clock;

  public ProcessBuckets(int capacity, Clock clock) {
    this.buckets = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    this.clock = clock;
  }

  @Override
  public Grant take(String bucket, RateLimit limit, int wanted) {
    var now = clock.instant();
    var held = buckets.get(bucket, name -> new TokenBucket(limit, now));
    synchronized (held) {
      return held.take(wanted, now);
    }
  }

  @Override
  public Duration untilToken(String bucket, RateLimit limit) {
    var held = buckets.getIfPresent(bucket);
    if (held == null) {
      return Duration.ZERO;
    }
    synchronized (held) {
      return held.untilToken(clock.instant());
    }
  }

  @Override
  public void forget(String bucket) {
    buckets.invalidate(bucket);
  }
}
