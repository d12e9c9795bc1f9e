package dev.masker.server.metrics;

import dev.masker.application.port.out.TurnLog;
import dev.masker.domain.session.TurnRecord;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Counts each turn into the Prometheus metrics of SPEC §11 — {@code
 * masker_request_duration_seconds{stage}} and {@code masker_redactions_total{kind,pass}} — before
 * handing it to the store, and exports the store's lost records as {@code
 * masker_audit_write_failures_total}. Labels are a fixed vocabulary: stage names, entity kinds,
 * pass names.
 */
public final class TurnMetrics implements TurnLog {
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

  public TurnMetrics(TurnLog store, MeterRegistry registry) {
    this.store = store;
    this.registry = registry;
    this.detection = stage("detection");
    this.tokenize = stage("tokenize");
    this.upstream = stage("upstream");
    this.rehydrate = stage("rehydrate");
    FunctionCounter.builder("masker.audit.write.failures", store, TurnLog::lostRecords)
        .description("Turn records that could not be written and were dropped")
        .register(registry);
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
      Counter.builder("masker.redactions")
          .description("Values masked in proxied requests")
          .tag("kind", redaction.event().kind().name())
          .tag("pass", redaction.event().pass().name().toLowerCase(Locale.ROOT))
          .register(registry)
          .increment();
    }
    store.append(turn);
  }

  @Override
  public long lostRecords() {
    return store.lostRecords();
  }

  private Timer stage(String name) {
    return Timer.builder("masker.request.duration")
        .description("Time per proxied turn spent in each stage")
        .tag("stage", name)
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }
}
