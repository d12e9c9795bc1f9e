package dev.masker.adapters.persistence.vault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Vault rows this process wrote or read lately, so a turn does not go to the database for a token
 * it already stored or opened: rows never change once written (the first row stays), so a copy is
 * right until its scope is dropped. Sealed values only, as in the table. Bounded (least recently
 * used out) and short-lived, so a scope dropped by another replica stops opening here soon too.
 * Thread-safe.
 */
final class RecentRows {
  private final int capacity;
  private final long ttlNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Row> rows;

  RecentRows(int capacity, Duration ttl, LongSupplier nanoTime) {
    this.capacity = capacity;
    this.ttlNanos = ttl.toNanos();
    this.nanoTime = nanoTime;
    this.rows =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Row> eldest) {
            return size() > RecentRows.this.capacity;
          }
        };
  }

  synchronized byte[] get(String scope, String token) {
    var key = key(scope, token);
    var row = rows.get(key);
    if (row == null) {
      return null;
    }
    if (nanoTime.getAsLong() - row.storedAt() > ttlNanos) {
      rows.remove(key);
      return null;
    }
    return row.sealed();
  }

  synchronized void put(String scope, String token, byte[] sealed) {
    if (capacity > 0) {
      rows.put(key(scope, token), new Row(sealed, nanoTime.getAsLong()));
    }
  }

  synchronized void dropScope(String scope) {
    var prefix = scope + '\u0000';
    rows.keySet().removeIf(key -> key.startsWith(prefix));
  }

  private static String key(String scope, String token) {
    return scope + '\u0000' + token;
  }

  private record Row(byte[] sealed, long storedAt) {}
}
