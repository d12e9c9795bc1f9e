package dev.masker.server.metrics;

import dev.masker.application.port.out.TurnLog;
import dev.masker.domain.session.CallMark;
import dev.masker.domain.session.TurnRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts each turn into the Prometheus metrics of SPEC §11 — {@code
 * masker_request_duration_seconds{stage}} and {@code masker_redactions_total{kind,pass}} — before
 * handing it to the store, and exports the store's lost records as {@code
 * masker_audit_write_failures_total}. Labels are a fixed vocabulary: stage names, entity kinds,
 * pass names.
 *
 * <p>{@link #close} removes every meter it registered. The registry outlives the application: it is
 * Micrometer's global one, which a JVM that starts Quarkus twice (tests with other resources)
 * keeps; left there, the failure counter would read the stopped application's turn log (the next
 * scrape of {@code /q/metrics} then fails with 500) and the other meters would go on with its
 * numbers.
 */
public final class TurnMetrics implements TurnLog, AutoCloseable {
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1),
    Duration.ofMillis(2),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30)
  };

  private final TurnLog store;
  private final MeterRegistry registry;
  private final Timer detection;
  private final Timer tokenize;
  private final Timer upstream;
  private final Timer rehydrate;
  private final Meter writeFailures;

  /** The redaction counters registered so far, by kind and pass. */
  private final ConcurrentMap<String, Counter> redactionCounters = new ConcurrentHashMap<>();

  public TurnMetrics(TurnLog store, MeterRegistry registry) {
    this.store = store;
    this.registry = registry;
    this.detection = stage("detection");
    this.tokenize = stage("tokenize");
    this.upstream = stage("upstream");
    this.rehydrate = stage("rehydrate");
    this.writeFailures =
        FunctionCounter.builder("masker.audit.write.failures", store, TurnLog::lostRecords)
            .description("Turn records that could not be written and were dropped")
            .register(registry);
  }

  /** A mark of a call has no stage to time: handed to the store as it is. */
  @Override
  public void mark(CallMark mark) {
    store.mark(mark);
  }

  @Override
  public void append(TurnRecord turn) {
    if (turn == null) {
      store.append(null); // counted lost there
      return;
    }
    var durations = turn.durations();
    detection.record(durations.detection(), TimeUnit.NANOSECONDS);
    tokenize.record(durations.tokenize(), TimeUnit.NANOSECONDS);
    upstream.record(durations.upstream(), TimeUnit.NANOSECONDS);
    rehydrate.record(durations.rehydrate(), TimeUnit.NANOSECONDS);
    for (var redaction : turn.redactions()) {
      var kind = redaction.event().kind().name();
      var pass = redaction.event().pass().name().toLowerCase(Locale.ROOT);
      redactionCounters
          .computeIfAbsent(
              kind + "/" + pass,
              key ->
                  Counter.builder("masker.redactions")
                      .description("Values masked in proxied requests")
                      .tag("kind", kind)
                      .tag("pass", pass)
                      .register(registry))
          .increment();
    }
    store.append(turn);
  }

  @Override
  public long lostRecords() {
    return store.lostRecords();
  }

  /** Removes this instance's meters from the registry: the application stops. */
  @Override
  public void close() {
    for (var meter : List.of(detection, tokenize, upstream, rehydrate, writeFailures)) {
      registry.remove(meter);
    }
    redactionCounters.values().forEach(registry::remove);
    redactionCounters.clear();
  }

  private Timer stage(String name) {
    return Timer.builder("masker.request.duration")
        .description("Time per proxied turn spent in each stage")
        .tag("stage", name)
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }
}
