package dev.masker.server.security;

import dev.masker.application.port.out.PasswordHasher;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt from BouncyCastle, in the {@code $2b$} format, compared in constant time; at most {@code
 * maxConcurrent} computations at once, so that a flood of sign-ins leaves the other processors to
 * the proxy. A comparison waits for its turn at most {@code wait} (in arrival order), then is
 * refused as {@link PasswordHasher.Busy}; hashing a new password (an admin adding a user) waits as
 * long as it takes.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final int cost;
  private final int maxConcurrent;
  private final Duration wait;
  private final Semaphore permits;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  public BcryptPasswordHasher(int cost, int maxConcurrent, Duration wait) {
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be 4 to 31");
    }
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("at least one bcrypt computation must be allowed");
    }
    if (wait.isNegative()) {
      throw new IllegalArgumentException("the wait for a bcrypt computation must not be negative");
    }
    this.cost = cost;
    this.maxConcurrent = maxConcurrent;
    this.wait = wait;
    this.permits = new Semaphore(maxConcurrent, true);
  }

  /** Half the processors, at least one: the default bound. */
  public static int defaultConcurrency() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  @Override
  public PasswordHash hash(Password password) {
    var salt = new byte[16];
    RANDOM.nextBytes(salt);
    permits.acquireUninterruptibly();
    try {
      return new PasswordHash(
          computing(
              () ->
                  OpenBSDBCrypt.generate(
                      "2b", password.value().getBytes(StandardCharsets.UTF_8), salt, cost)));
    } finally {
      permits.release();
    }
  }

  @Override
  public boolean matches(String attempt, PasswordHash hash) {
    try {
      if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new Busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    try {
      var bytes = attempt.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > Password.MAX_BYTES) {
        // bcrypt would read only the first 72 bytes; such a password was never accepted.
        computing(() -> OpenBSDBCrypt.checkPassword(hash.value(), new byte[0]));
        return false;
      }
      return computing(() -> OpenBSDBCrypt.checkPassword(hash.value(), bytes));
    } finally {
      permits.release();
    }
  }

  /** How many computations may run at once. */
  public int maxConcurrent() {
    return maxConcurrent;
  }

  /** The most computations that ever ran at once in this process. */
  public int peakConcurrency() {
    return peak.get();
  }

  private <T> T computing(Supplier<T> bcrypt) {
    peak.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      return bcrypt.get();
    } finally {
      running.decrementAndGet();
    }
  }
}
