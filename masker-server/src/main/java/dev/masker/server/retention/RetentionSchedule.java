package dev.masker.server.retention;

import dev.masker.application.port.in.ApplyRetentionUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Starts a retention run every {@code masker.retention.every}. Every replica does; the retention
 * lock lets one of them work and the others skip (the use case logs either). A failed run is logged
 * by its type only and tried again at the next tick.
 */
@ApplicationScoped
public class RetentionSchedule {
  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class);

  private final ApplyRetentionUseCase retention;

  public RetentionSchedule(ApplyRetentionUseCase retention) {
    this.retention = retention;
  }

  @Scheduled(
      identity = "masker-retention",
      every = "${masker.retention.every}",
      delayed = "${masker.retention.delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    try {
      retention.apply();
    } catch (RuntimeException e) {
      // The message may come from a driver: only the type is logged.
      LOG.warnf(
          "retention run failed (%s); the next one tries again", e.getClass().getSimpleName());
    }
  }
}
