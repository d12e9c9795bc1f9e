package dev.masker.adapters.persistence.vault;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.masker.domain.common.CacheStatistics;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Vault rows this process wrote or read lately, so a turn does not go to the database for a token
 * it already stored or opened: rows never change once written (the first row stays), so a copy is
 * right until its scope is dropped. Sealed values only, as in the table. Bounded and short-lived (a
 * Caffeine cache of at most {@code capacity} rows, each expiring {@code ttl} after it was stored),
 * so a scope dropped by another replica stops opening here soon too. Thread-safe.
 */
final class RecentRows {
  private final boolean off;
  private final Cache<String, byte[]> rows;

  RecentRows(int capacity, Duration ttl, LongSupplier nanoTime) {
    if (capacity < 0) {
      throw new IllegalArgumentException("masker.vault.recent-rows must not be negative");
    }
    this.off = capacity == 0;
    this.rows =
        Caffeine.newBuilder()
            .maximumSize(capacity)
            .expireAfterWrite(ttl)
            .ticker(nanoTime::getAsLong)
            // Upkeep on the calling thread, a little at a time: no pool, and a test sees the bound.
            .executor(Runnable::run)
            .recordStats()
            .build();
  }

  byte[] get(String scope, String token) {
    return rows.getIfPresent(key(scope, token));
  }

  void put(String scope, String token, byte[] sealed) {
    if (!off) {
      rows.put(key(scope, token), sealed);
    }
  }

  void dropScope(String scope) {
    var prefix = scope + '\u0000';
    rows.asMap().keySet().removeIf(key -> key.startsWith(prefix));
  }

  CacheStatistics statistics() {
    return CacheStatistics.of(rows);
  }

  private static String key(String scope, String token) {
    return scope + '\u0000' + token;
  }
}
