package dev.masker.application.service.ratelimit;

import dev.masker.application.port.out.BucketNameHash;
import dev.masker.application.port.out.RateLimitBuckets;
import dev.masker.domain.ratelimit.RateLimit;
import java.time.Duration;

/**
 * Slows down password guessing with failed sign-ins counted in token buckets shared by the replicas
 * (the same mechanism as the request limits), twice: by client address and email together, and by
 * client address alone; never by email alone, so that nobody can lock a user out by failing on
 * their behalf from elsewhere. An attempt goes ahead while both buckets hold a token; each failure
 * takes one from both.
 *
 * <ul>
 *   <li>An address may fail {@link #FREE_FAILURES} times for one email at once; the next failure
 *       empties the bucket, and further attempts wait for its refill, one token every five minutes.
 *       A success makes the bucket full again.
 *   <li>An address may fail {@link #FREE_FAILURES_PER_ADDRESS} times whatever the emails, then
 *       waits in the same way (one token every 35 seconds); a success does not refill this bucket
 *       (a guesser with an account of their own cannot reset it).
 *   <li>Both buckets are full again {@link #REFILLED_IN} after the last failure.
 * </ul>
 *
 * Addresses and emails are named in the buckets only by their keyed hashes ({@link
 * BucketNameHash}). A distributed guesser with many addresses is slowed by these limits per address
 * and by the bounded hashing work, not stopped: passwords are at least 12 characters.
 */
public final class SignInLimits {
  public static final int FREE_FAILURES = 5;
  public static final int FREE_FAILURES_PER_ADDRESS = 50;
  public static final Duration REFILLED_IN = Duration.ofMinutes(30);

  static final RateLimit PER_ADDRESS_AND_EMAIL =
      RateLimit.refilledIn(FREE_FAILURES + 1, REFILLED_IN);
  static final RateLimit PER_ADDRESS =
      RateLimit.refilledIn(FREE_FAILURES_PER_ADDRESS + 1, REFILLED_IN);

  private final RateLimitBuckets buckets;
  private final BucketNameHash names;

  public SignInLimits(RateLimitBuckets buckets, BucketNameHash names) {
    this.buckets = buckets;
    this.names = names;
  }

  /** How long an attempt from {@code address} for {@code email} must wait; zero: go ahead. */
  public Duration untilAllowed(String address, String email) {
    var pair = buckets.untilToken(pair(address, email), PER_ADDRESS_AND_EMAIL);
    var alone = buckets.untilToken(address(address), PER_ADDRESS);
    return alone.compareTo(pair) > 0 ? alone : pair;
  }

  public void recordFailure(String address, String email) {
    buckets.take(pair(address, email), PER_ADDRESS_AND_EMAIL, 1);
    buckets.take(address(address), PER_ADDRESS, 1);
  }

  /** Refills the bucket of this address for this email (not that of the address). */
  public void recordSuccess(String address, String email) {
    buckets.forget(pair(address, email));
  }

  private String pair(String address, String email) {
    return "sign-in-pair:" + names.hash(address + "\u0000" + email);
  }

  private String address(String address) {
    return "sign-in-address:" + names.hash(address);
  }
}
