package dev.masker.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.adapters.persistence.session.PostgresTurnLog;
import dev.masker.application.port.in.ProxyChatUseCase;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/metrics} of a server started after another in the same JVM. The test resource of its
 * own ({@link OwnStart}) makes Quarkus start a fresh application for this class whenever another
 * ran before it, as in the whole suite; Micrometer's global registry is kept across such restarts.
 * The turn metrics of the stopped application must be gone: the scrape answers 200 and counts the
 * running application's lost turn records ({@link TurnMetricsRestartTest} shows the same without
 * Quarkus, in a fixed order).
 */
@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
@WithTestResource(MetricsAfterRestartTest.OwnStart.class)
class MetricsAfterRestartTest {

  /** Nothing to start: only a test resource no other class uses. */
  public static final class OwnStart implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      return Map.of();
    }

    @Override
    public void stop() {}
  }

  @Test
  void the_scrape_answers_with_the_running_applications_lost_records() {
    // The proxy and its turn metrics are made on first use.
    ClientProxy.unwrap(Arc.container().instance(ProxyChatUseCase.class).get());
    var turnLog = Arc.container().instance(PostgresTurnLog.class).get();
    turnLog.append(null); // counted lost, as a record that cannot be kept

    var lost =
        Scrape.metrics()
            .lines()
            .filter(line -> line.startsWith("masker_audit_write_failures_total "))
            .toList();

    assertThat(lost)
        .containsExactly("masker_audit_write_failures_total " + (double) turnLog.lostRecords());
  }
}
