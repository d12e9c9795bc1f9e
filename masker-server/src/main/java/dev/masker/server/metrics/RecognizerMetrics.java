package dev.masker.server.metrics;

import dev.masker.application.port.out.EntityRecognizers;
import dev.masker.application.port.out.RecognizerStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the model-based recognizer of the {@code ner} pass did, as metrics beside the others: {@code
 * masker_ner_calls_total}, {@code masker_ner_unavailable_total{cause}} (timeout, unreachable,
 * status, malformed), {@code masker_ner_dropped_spans_total} (spans that failed validation) and
 * {@code masker_ner_skipped_total} (texts masked by the built-in passes alone, as a {@code
 * regex_only} policy allows). Counts only: no label holds anything a caller sent. The meters go
 * when the application stops, as {@link CacheMetrics}' do.
 */
@Singleton
public class RecognizerMetrics {
  private final EntityRecognizers recognizers;
  private final MeterRegistry registry;
  private final List<Meter> meters = new ArrayList<>();

  public RecognizerMetrics(EntityRecognizers recognizers, MeterRegistry registry) {
    this.recognizers = recognizers;
    this.registry = registry;
  }

  synchronized void onStart(@Observes StartupEvent start) {
    meters.add(
        counter(
            "masker.ner.calls", "Texts sent to the model-based recognizer", s -> s.calls(), null));
    for (var cause : RecognizerStatistics.CAUSES) {
      meters.add(
          counter(
              "masker.ner.unavailable",
              "Calls to the model-based recognizer that gave no usable answer, by cause",
              s -> s.unavailable(cause),
              cause));
    }
    meters.add(
        counter(
            "masker.ner.dropped.spans",
            "Spans of the recognizer's answers that failed validation and were not used",
            RecognizerStatistics::droppedSpans,
            null));
    meters.add(
        counter(
            "masker.ner.skipped",
            "Texts masked by the built-in passes alone: the recognizer could not answer and the"
                + " policy says regex_only",
            RecognizerStatistics::skipped,
            null));
  }

  private Meter counter(
      String name, String description, ToDoubleFunction<RecognizerStatistics> read, String cause) {
    var builder =
        FunctionCounter.builder(
                name, recognizers, source -> read.applyAsDouble(source.statistics()))
            .description(description);
    if (cause != null) {
      builder.tag("cause", cause);
    }
    return builder.register(registry);
  }

  @PreDestroy
  synchronized void unbind() {
    meters.forEach(registry::remove);
    meters.clear();
  }
}
