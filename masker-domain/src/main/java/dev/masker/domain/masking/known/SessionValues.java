package dev.masker.domain.masking.known;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import dev.masker.domain.common.CacheCounters;
import java.util.function.Consumer;

/**
 * The {@link KnownValues} of the sessions one masker served recently, at most {@code capacity} of
 * them (a Caffeine cache: sessions used often and lately stay, the others go first). A session
 * pushed out is not forgotten for good: a vault-backed masker recalls its values from the vault
 * when the session comes back ({@code Masker.recall}), so no value it learned is lost; a session
 * without a vault starts again with no values, and its next turn is detected afresh. Thread-safe.
 */
public final class SessionValues {
  private final boolean nameParts;
  private final boolean lastFourDigits;
  private final Cache<String, KnownValues> sessions;

  /**
   * @param capacity how many sessions to keep in memory (at least 1)
   */
  public SessionValues(int capacity, boolean nameParts, boolean lastFourDigits) {
    this(capacity, nameParts, lastFourDigits, new CacheCounters());
  }

  /**
   * @param capacity how many sessions to keep in memory (at least 1)
   * @param counters where look-ups and evictions are counted (shared by the maskers of a server)
   */
  public SessionValues(
      int capacity, boolean nameParts, boolean lastFourDigits, CacheCounters counters) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.nameParts = nameParts;
    this.lastFourDigits = lastFourDigits;
    this.sessions =
        Caffeine.newBuilder()
            .maximumSize(capacity)
            // Upkeep on the calling thread, a little at a time: no pool, and a test sees the bound.
            .executor(Runnable::run)
            .recordStats(() -> new Counting(counters))
            .build();
  }

  /** The session's values, a new empty set when it has none in memory. */
  public KnownValues of(String sessionId) {
    return of(sessionId, fresh -> {});
  }

  /**
   * The session's values; when it has none in memory, a new set is made, handed to {@code filling}
   * before anyone else sees it, and kept only if {@code filling} returns normally. {@code filling}
   * runs outside any lock (it may read the vault); when two threads fill the same session at once,
   * the first set kept is the one both get.
   */
  public KnownValues of(String sessionId, Consumer<KnownValues> filling) {
    var known = sessions.getIfPresent(sessionId);
    if (known != null) {
      return known;
    }
    var fresh = new KnownValues(nameParts, lastFourDigits);
    filling.accept(fresh);
    var raced = sessions.asMap().putIfAbsent(sessionId, fresh);
    return raced != null ? raced : fresh;
  }

  /** Forgets the session (its erasure). */
  /** An empty set of known values with this masker's settings, kept nowhere. */
  public KnownValues unkept() {
    return new KnownValues(nameParts, lastFourDigits);
  }

  public void forget(String sessionId) {
    sessions.invalidate(sessionId);
  }

  /** How many sessions' values are in memory now. */
  public long size() {
    sessions.cleanUp();
    return sessions.estimatedSize();
  }

  /** Caffeine's statistics, counted into counters that several caches may share. */
  private record Counting(CacheCounters counters) implements StatsCounter {
    @Override
    public void recordHits(int count) {
      counters.hits(count);
    }

    @Override
    public void recordMisses(int count) {
      counters.misses(count);
    }

    @Override
    public void recordLoadSuccess(long loadTime) {
      // nothing is loaded through the cache
    }

    @Override
    public void recordLoadFailure(long loadTime) {
      // nothing is loaded through the cache
    }

    @Override
    public void recordEviction(int weight, RemovalCause cause) {
      counters.evicted();
    }

    @Override
    public CacheStats snapshot() {
      var now = counters.statistics(0);
      return CacheStats.of(now.hits(), now.misses(), 0, 0, 0, now.evictions(), now.evictions());
    }
  }
}
