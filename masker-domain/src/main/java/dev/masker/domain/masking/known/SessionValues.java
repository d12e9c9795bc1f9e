package dev.masker.domain.masking.known;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@link KnownValues} of the sessions one masker served recently, least recently used first
 * out. A session pushed out is not forgotten for good: a vault-backed masker recalls its values
 * from the vault when the session comes back ({@code Masker.recall}). Thread-safe.
 */
public final class SessionValues {
  private final int capacity;
  private final boolean nameParts;
  private final boolean lastFourDigits;
  private final Map<String, KnownValues> sessions;

  /**
   * @param capacity how many sessions to keep in memory (at least 1)
   */
  public SessionValues(int capacity, boolean nameParts, boolean lastFourDigits) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
    this.nameParts = nameParts;
    this.lastFourDigits = lastFourDigits;
    this.sessions =
        new LinkedHashMap<>(Math.min(capacity, 1 << 12), 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, KnownValues> eldest) {
            return size() > SessionValues.this.capacity;
          }
        };
  }

  /** The session's values, a new empty set when it has none in memory. */
  public KnownValues of(String sessionId) {
    return of(sessionId, fresh -> {});
  }

  /**
   * The session's values; when it has none in memory, a new set is made, handed to {@code filling}
   * before anyone else sees it, and kept only if {@code filling} returns normally.
   */
  public KnownValues of(String sessionId, Consumer<KnownValues> filling) {
    synchronized (this) {
      var known = sessions.get(sessionId);
      if (known != null) {
        return known;
      }
    }
    var fresh = new KnownValues(nameParts, lastFourDigits);
    filling.accept(fresh);
    synchronized (this) {
      var raced = sessions.get(sessionId);
      if (raced != null) {
        return raced;
      }
      sessions.put(sessionId, fresh);
      return fresh;
    }
  }

  /** Forgets the session (its erasure). */
  public synchronized void forget(String sessionId) {
    sessions.remove(sessionId);
  }

  public synchronized int size() {
    return sessions.size();
  }
}
