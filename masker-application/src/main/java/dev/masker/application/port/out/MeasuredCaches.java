package dev.masker.application.port.out;

import dev.masker.domain.common.CacheStatistics;
import java.util.Map;

/**
 * Caches whose statistics the server exports as metrics ({@code masker_cache_*}, one series per
 * cache name): implemented by the proxy's caches, which the server builds, and by any adapter that
 * keeps a cache of its own (the vault's recent rows), as a bean the server finds by this type.
 */
public interface MeasuredCaches {
  /**
   * Each cache by its name: fixed lower-case words joined by {@code _} (a metric label, so never
   * anything a caller chose); the same names on every call.
   */
  Map<String, CacheStatistics> cacheStatistics();
}
