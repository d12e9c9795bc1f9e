package dev.masker.adapters.persistence.session;

import dev.masker.adapters.persistence.PersistenceSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How the turn log buffers and writes (docs/adr/0005-turn-recording.md).
 *
 * @param queueCapacity turn records held in memory while waiting to be written; one more is lost
 * @param batchSize at most this many records are written in one transaction
 * @param linger how long the writer waits, once a record is queued, for a full batch
 * @param retryWindow how long one batch is retried while the database cannot be reached before its
 *     records are given up as lost
 * @param shutdownWait how long shutdown waits for the queue to be written
 */
public record TurnLogSettings(
    int queueCapacity,
    int batchSize,
    Duration linger,
    Duration retryWindow,
    Duration shutdownWait) {
  public TurnLogSettings {
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("masker.turn-log.queue-capacity must be at least 1");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("masker.turn-log.batch-size must be at least 1");
    }
    Objects.requireNonNull(linger, "linger");
    Objects.requireNonNull(retryWindow, "retryWindow");
    Objects.requireNonNull(shutdownWait, "shutdownWait");
    if (linger.isNegative() || retryWindow.isNegative() || shutdownWait.isNegative()) {
      throw new IllegalArgumentException("masker.turn-log durations are never negative");
    }
  }

  /** The configured settings ({@code masker.turn-log.*}), checked. */
  static TurnLogSettings of(PersistenceSettings.TurnLog configured) {
    return new TurnLogSettings(
        configured.queueCapacity(),
        configured.batchSize(),
        configured.linger(),
        configured.retryWindow(),
        configured.shutdownWait());
  }
}
