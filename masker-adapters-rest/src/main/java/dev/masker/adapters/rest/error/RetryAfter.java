package dev.masker.adapters.rest.error;

import java.time.Duration;

/** A {@code Retry-After} header's value: whole seconds, rounded up, at least one (SPEC §2.2). */
public final class RetryAfter {
  private RetryAfter() {}

  /** Never shorter than {@code wait}: a caller that waits as told finds what it waited for. */
  public static long seconds(Duration wait) {
    long nanos = Math.max(0, wait.toNanos());
    return Math.max(1, nanos / 1_000_000_000L + (nanos % 1_000_000_000L == 0 ? 0 : 1));
  }
}
