package dev.masker.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masker.application.port.out.TurnLog;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.common.MonotonicUlids;
import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.MaskEvent;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.session.CallMark;
import dev.masker.domain.session.SessionId;
import dev.masker.domain.session.StageDurations;
import dev.masker.domain.session.TurnOutcome;
import dev.masker.domain.session.TurnRecord;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link TurnMetrics} across a restart in one JVM, as Quarkus runs it: the meters are registered on
 * Micrometer's global composite registry, which outlives the application; when the application
 * stops, Quarkus closes its Prometheus registry and removes it from the composite, and the next
 * start adds a new one, to which the composite hands every meter it still holds.
 */
class TurnMetricsRestartTest {
  private static final MonotonicUlids IDS = new MonotonicUlids();

  /** A turn log that counts lost records and, once its application stopped, cannot be read. */
  private static final class StoppableLog implements TurnLog {
    private final long lost;
    private boolean stopped;

    StoppableLog(long lost) {
      this.lost = lost;
    }

    @Override
    public void append(TurnRecord turn) {}

    @Override
    public void mark(CallMark mark) {}

    @Override
    public long lostRecords() {
      if (stopped) {
        throw new IllegalStateException("the application of this turn log has stopped");
      }
      return lost;
    }
  }

  /** One application's life: its own Prometheus registry inside the global composite. */
  private record Run(PrometheusMeterRegistry prometheus, StoppableLog store, TurnMetrics metrics) {
    static Run start(CompositeMeterRegistry global, long lost) {
      var prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      global.add(prometheus);
      var store = new StoppableLog(lost);
      return new Run(prometheus, store, new TurnMetrics(store, global));
    }

    void stop(CompositeMeterRegistry global, boolean closeMetrics) {
      if (closeMetrics) {
        metrics.close();
      }
      store.stopped = true;
      global.remove(prometheus);
      prometheus.close();
    }
  }

  @Test
  void after_a_restart_the_metrics_are_the_new_applications_and_the_scrape_works() {
    var global = new CompositeMeterRegistry();
    var first = Run.start(global, 7);
    first.metrics().append(turnWith(EntityKind.PHONE));
    assertThat(first.prometheus().scrape())
        .contains("masker_audit_write_failures_total 7.0")
        .contains("masker_redactions_total{kind=\"PHONE\",pass=\"regex\",} 1.0");
    first.stop(global, true);

    var second = Run.start(global, 1);
    var scrape = second.prometheus().scrape();

    assertThat(scrape)
        .contains("masker_audit_write_failures_total 1.0")
        .contains("masker_request_duration_seconds_count{stage=\"detection\",} 0.0")
        .doesNotContain("masker_redactions_total");
    second.metrics().append(turnWith(EntityKind.NAME));
    assertThat(second.prometheus().scrape())
        .contains("masker_redactions_total{kind=\"NAME\",pass=\"regex\",} 1.0")
        .doesNotContain("kind=\"PHONE\"");
  }

  /** What happened before the meters were removed on stop: the stopped application is read. */
  @Test
  void meters_left_behind_by_a_stopped_application_break_the_next_scrape() {
    var global = new CompositeMeterRegistry();
    var first = Run.start(global, 7);
    first.stop(global, false);

    var second = Run.start(global, 1);

    assertThatThrownBy(() -> second.prometheus().scrape())
        .isInstanceOf(IllegalStateException.class);
  }

  private static TurnRecord turnWith(EntityKind kind) {
    var start = Instant.parse("2026-12-05T03:00:00Z");
    return new TurnRecord(
        SessionId.next(IDS),
        Optional.empty(),
        AgentId.next(IDS),
        AccountId.next(IDS),
        "Front desk",
        start,
        start.plusMillis(20),
        TurnOutcome.OK,
        200,
        Optional.empty(),
        "healthcare-default",
        1,
        new StageDurations(1_000, 2_000, 3_000, 4_000),
        List.of(
            new FieldMaskEvent(
                0,
                "content",
                new MaskEvent(
                    kind, 0, 4, Pass.REGEX, 0.9, Action.TOKENIZE, "MSKV1", "K_HEALTHCARE"))),
        List.of(),
        Optional.empty());
  }
}
