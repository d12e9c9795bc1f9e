package dev.masker.application.port.out;

import dev.masker.domain.ratelimit.RateLimit;
import dev.masker.domain.ratelimit.TokenBucket.Grant;
import java.time.Duration;

/**
 * Token buckets by name ({@code proxy:acc_…}, {@code sign-in-address:…}), each with the {@link
 * RateLimit} its caller gives. A bucket not seen before, or forgotten, is full. Names never hold
 * personal data as given: a caller hashes an address or an email first.
 *
 * <p>An implementation shared by the server's replicas (the database) gives every replica the same
 * buckets; it may throw {@link StoreUnavailable} when it cannot be reached in time.
 */
public interface RateLimitBuckets {
  /** Takes up to {@code wanted} tokens of {@code bucket} at once. */
  Grant take(String bucket, RateLimit limit, int wanted);

  /**
   * How long until {@code bucket} has a token; zero when it has one. Takes none, stores nothing.
   */
  Duration untilToken(String bucket, RateLimit limit);

  /** Makes {@code bucket} full again. */
  void forget(String bucket);
}
