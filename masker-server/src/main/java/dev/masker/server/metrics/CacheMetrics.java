package dev.masker.server.metrics;

import dev.masker.application.port.out.MeasuredCaches;
import dev.masker.domain.common.CacheStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The statistics of every cache as metrics, on the management interface with the others: {@code
 * masker_cache_size{cache}}, {@code masker_cache_gets_total{cache,result="hit"|"miss"}} and {@code
 * masker_cache_evictions_total{cache}}. The caches are every {@link MeasuredCaches} bean — the
 * proxy's, built by the wiring, and the adapters' own — found at start; the label is the cache's
 * fixed name. The meters go when the application stops: a registry that outlives it (tests restart
 * Quarkus in one JVM) must not keep reading the caches of a stopped application.
 */
@Singleton
public class CacheMetrics {
  private final Instance<MeasuredCaches> caches;
  private final MeterRegistry registry;

  /** Kept here: meters hold what they read weakly. */
  private final List<MeasuredCaches> bound = new ArrayList<>();

  private final List<Meter> meters = new ArrayList<>();

  public CacheMetrics(Instance<MeasuredCaches> caches, MeterRegistry registry) {
    this.caches = caches;
    this.registry = registry;
  }

  void onStart(@Observes StartupEvent start) {
    caches.forEach(this::bind);
  }

  synchronized void bind(MeasuredCaches source) {
    bound.add(source);
    for (var name : source.cacheStatistics().keySet()) {
      meters.add(
          Gauge.builder("masker.cache.size", source, read(name, CacheStatistics::size))
              .description("Entries the cache holds now")
              .tag("cache", name)
              .register(registry));
      meters.add(gets(source, name, "hit", CacheStatistics::hits));
      meters.add(gets(source, name, "miss", CacheStatistics::misses));
      meters.add(
          FunctionCounter.builder(
                  "masker.cache.evictions", source, read(name, CacheStatistics::evictions))
              .description("Entries the cache pushed out: over its size, or expired")
              .tag("cache", name)
              .register(registry));
    }
  }

  @PreDestroy
  synchronized void unbind() {
    meters.forEach(registry::remove);
    meters.clear();
    bound.clear();
  }

  private Meter gets(
      MeasuredCaches source, String name, String result, ToDoubleFunction<CacheStatistics> count) {
    return FunctionCounter.builder("masker.cache.gets", source, read(name, count))
        .description("Look-ups in the cache, by whether they found an entry")
        .tag("cache", name)
        .tag("result", result)
        .register(registry);
  }

  private static ToDoubleFunction<MeasuredCaches> read(
      String name, ToDoubleFunction<CacheStatistics> figure) {
    return source ->
        figure.applyAsDouble(source.cacheStatistics().getOrDefault(name, CacheStatistics.NONE));
  }
}
