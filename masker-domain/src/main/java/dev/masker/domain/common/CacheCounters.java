package dev.masker.domain.common;

import java.util.concurrent.atomic.LongAdder;

/**
 * Hits, misses and evictions counted as they happen, for one cache or for many caches of one kind
 * counted together (the known values of every agent's masker). Thread-safe.
 */
public final class CacheCounters {
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder evictions = new LongAdder();

  public void hits(int count) {
    hits.add(count);
  }

  public void misses(int count) {
    misses.add(count);
  }

  public void evicted() {
    evictions.increment();
  }

  /** The counts so far, with the {@code size} the caches have now. */
  public CacheStatistics statistics(long size) {
    return new CacheStatistics(size, hits.sum(), misses.sum(), evictions.sum());
  }
}
