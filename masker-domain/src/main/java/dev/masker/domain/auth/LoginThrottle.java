package dev.masker.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows down password guessing. Each key (an email address, whether or not it has a user) may fail
 * {@link #FREE_FAILURES} times; every further failure makes the next attempt wait twice as long as
 * the one before, from one second up to {@link #MAX_DELAY}. A success, or {@link #FORGET_AFTER}
 * without failures, clears the key. At most {@code capacity} keys are remembered, so a flood of
 * made-up addresses cannot exhaust memory.
 */
public final class LoginThrottle {
  public static final int FREE_FAILURES = 5;
  public static final Duration MAX_DELAY = Duration.ofMinutes(15);
  public static final Duration FORGET_AFTER = Duration.ofMinutes(30);

  private final int capacity;
  private final Map<String, Failures> failures = new HashMap<>();

  public LoginThrottle(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** Whether an attempt for {@code key} may go ahead now. */
  public synchronized Verdict check(String key, Instant now) {
    var entry = failures.get(key);
    if (entry == null) {
      return new Verdict.Allowed();
    }
    if (entry.isForgottenAt(now)) {
      failures.remove(key);
      return new Verdict.Allowed();
    }
    if (now.isBefore(entry.blockedUntil)) {
      return new Verdict.Throttled(Duration.between(now, entry.blockedUntil));
    }
    return new Verdict.Allowed();
  }

  public synchronized void recordFailure(String key, Instant now) {
    var previous = failures.get(key);
    int count = previous == null || previous.isForgottenAt(now) ? 1 : previous.count + 1;
    if (previous == null && failures.size() >= capacity) {
      failures.values().removeIf(f -> f.isForgottenAt(now));
      if (failures.size() >= capacity) {
        failures.remove(failures.keySet().iterator().next());
      }
    }
    failures.put(key, new Failures(count, now, now.plus(delayAfter(count))));
  }

  public synchronized void recordSuccess(String key) {
    failures.remove(key);
  }

  static Duration delayAfter(int failureCount) {
    if (failureCount <= FREE_FAILURES) {
      return Duration.ZERO;
    }
    int exponent = Math.min(failureCount - FREE_FAILURES - 1, 20);
    var delay = Duration.ofSeconds(1L << exponent);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
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
