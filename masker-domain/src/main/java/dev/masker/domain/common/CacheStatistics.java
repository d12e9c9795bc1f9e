package dev.masker.domain.common;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * What a cache holds now and what it did since it was made: the figures its metrics show.
 *
 * @param size entries held now (an estimate while other threads write)
 * @param hits look-ups that found an entry
 * @param misses look-ups that found none
 * @param evictions entries the cache pushed out by itself: over its size, or expired
 */
public record CacheStatistics(long size, long hits, long misses, long evictions) {
  public static final CacheStatistics NONE = new CacheStatistics(0, 0, 0, 0);

  public CacheStatistics {
    if (size < 0 || hits < 0 || misses < 0 || evictions < 0) {
      throw new IllegalArgumentException("cache statistics are never negative");
    }
  }

  /** The statistics of a Caffeine cache built with {@code recordStats()}. */
  public static CacheStatistics of(Cache<?, ?> cache) {
    var stats = cache.stats();
    return new CacheStatistics(
        cache.estimatedSize(), stats.hitCount(), stats.missCount(), stats.evictionCount());
  }
}
