package dev.masker.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows down password guessing, counting failed sign-ins twice: by client address and email
 * together, and by client address alone; never by email alone, so that nobody can lock a user out
 * by failing on their behalf from elsewhere.
 *
 * <ul>
 *   <li>An address may fail {@link #FREE_FAILURES} times for one email; every further failure for
 *       that email makes the next attempt from that address wait twice as long as the one before,
 *       from one second up to {@link #MAX_DELAY}. A success clears it.
 *   <li>An address may fail {@link #FREE_FAILURES_PER_ADDRESS} times whatever the emails, then
 *       waits in the same way; a success does not clear this count (a guesser with an account of
 *       their own cannot reset it).
 *   <li>Both are forgotten {@link #FORGET_AFTER} after the last failure, once any wait is over.
 * </ul>
 *
 * At most {@code capacity} keys of each kind are remembered, so a flood of made-up addresses or
 * emails cannot exhaust memory. A distributed guesser with many addresses is slowed by these limits
 * per address and by the bounded hashing work, not stopped: passwords are at least 12 characters.
 */
public final class LoginThrottle {
  public static final int FREE_FAILURES = 5;
  public static final int FREE_FAILURES_PER_ADDRESS = 50;
  public static final Duration MAX_DELAY = Duration.ofMinutes(15);
  public static final Duration FORGET_AFTER = Duration.ofMinutes(30);

  private final Tally pairs;
  private final Tally addresses;

  public LoginThrottle(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.pairs = new Tally(capacity, FREE_FAILURES);
    this.addresses = new Tally(capacity, FREE_FAILURES_PER_ADDRESS);
  }

  /** Whether an attempt from {@code address} for {@code email} may go ahead now. */
  public synchronized Verdict check(String address, String email, Instant now) {
    var wait = pairs.waitAt(pair(address, email), now);
    var addressWait = addresses.waitAt(address, now);
    if (addressWait.compareTo(wait) > 0) {
      wait = addressWait;
    }
    return wait.isZero() ? new Verdict.Allowed() : new Verdict.Throttled(wait);
  }

  public synchronized void recordFailure(String address, String email, Instant now) {
    pairs.fail(pair(address, email), now);
    addresses.fail(address, now);
  }

  /** Clears the failures of this address for this email (not those of the address). */
  public synchronized void recordSuccess(String address, String email) {
    pairs.clear(pair(address, email));
  }

  private static String pair(String address, String email) {
    return address + "\u0000" + email;
  }

  static Duration delayAfter(int failureCount, int freeFailures) {
    if (failureCount <= freeFailures) {
      return Duration.ZERO;
    }
    int exponent = Math.min(failureCount - freeFailures - 1, 20);
    var delay = Duration.ofSeconds(1L << exponent);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  /** Failures by key, with their waits; not thread-safe (the throttle holds the lock). */
  private static final class Tally {
    private final int capacity;
    private final int freeFailures;
    private final Map<String, Failures> failures = new HashMap<>();

    Tally(int capacity, int freeFailures) {
      this.capacity = capacity;
      this.freeFailures = freeFailures;
    }

    Duration waitAt(String key, Instant now) {
      var entry = failures.get(key);
      if (entry == null) {
        return Duration.ZERO;
      }
      if (entry.isForgottenAt(now)) {
        failures.remove(key);
        return Duration.ZERO;
      }
      return now.isBefore(entry.blockedUntil)
          ? Duration.between(now, entry.blockedUntil)
          : Duration.ZERO;
    }

    void fail(String key, Instant now) {
      var previous = failures.get(key);
      int count = previous == null || previous.isForgottenAt(now) ? 1 : previous.count + 1;
      if (previous == null && failures.size() >= capacity) {
        failures.values().removeIf(f -> f.isForgottenAt(now));
        if (failures.size() >= capacity) {
          failures.remove(failures.keySet().iterator().next());
        }
      }
      failures.put(key, new Failures(count, now, now.plus(delayAfter(count, freeFailures))));
    }

    void clear(String key) {
      failures.remove(key);
    }
  }

  private record Failures(int count, Instant lastFailure, Instant blockedUntil) {
    boolean isForgottenAt(Instant now) {
      return !now.isBefore(lastFailure.plus(FORGET_AFTER)) && !now.isBefore(blockedUntil);
    }
  }

  /** Whether a sign-in attempt may proceed. */
  public sealed interface Verdict {
    record Allowed() implements Verdict {}

    record Throttled(Duration retryAfter) implements Verdict {}
  }
}
