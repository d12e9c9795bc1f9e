package dev.masker.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.application.port.out.EntityRecognizers;
import dev.masker.application.port.out.RecognizerStatistics;
import dev.masker.domain.masking.EntityRecognizer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecognizerMetricsTest {
  private volatile RecognizerStatistics now = RecognizerStatistics.NONE;

  private final EntityRecognizers recognizers =
      new EntityRecognizers() {
        @Override
        public Optional<EntityRecognizer> recognizer() {
          return Optional.empty();
        }

        @Override
        public RecognizerStatistics statistics() {
          return now;
        }
      };

  @Test
  void the_counts_are_read_at_each_scrape_by_fixed_cause_and_go_when_the_application_stops() {
    var registry = new SimpleMeterRegistry();
    var metrics = new RecognizerMetrics(recognizers, registry);
    metrics.onStart(null);

    now = new RecognizerStatistics(12, Map.of("timeout", 3L, "malformed", 1L), 5, 2);

    assertThat(registry.get("masker.ner.calls").functionCounter().count()).isEqualTo(12);
    assertThat(
            registry
                .get("masker.ner.unavailable")
                .tag("cause", "timeout")
                .functionCounter()
                .count())
        .isEqualTo(3);
    assertThat(
            registry
                .get("masker.ner.unavailable")
                .tag("cause", "unreachable")
                .functionCounter()
                .count())
        .isZero();
    assertThat(registry.get("masker.ner.dropped.spans").functionCounter().count()).isEqualTo(5);
    assertThat(registry.get("masker.ner.skipped").functionCounter().count()).isEqualTo(2);
    assertThat(registry.get("masker.ner.unavailable").functionCounters())
        .extracting(counter -> counter.getId().getTag("cause"))
        .containsExactlyInAnyOrderElementsOf(RecognizerStatistics.CAUSES);

    metrics.unbind();
    assertThat(registry.find("masker.ner.calls").functionCounter()).isNull();
  }
}
