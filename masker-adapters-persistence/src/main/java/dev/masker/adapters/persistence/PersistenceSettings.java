package dev.masker.adapters.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The settings of the persistence adapter, each with its one default (docs/configuration.md lists
 * them): {@code masker.database-deadline-ms}, {@code masker.vault.*}, {@code masker.turn-log.*}.
 * Defaults written here are seen by the whole configuration, so {@code application.properties} may
 * refer to them ({@code ${masker.database-deadline-ms}}) without repeating them.
 */
@ConfigMapping(prefix = "masker")
public interface PersistenceSettings {
  /** How long a request waits for one database call (ADR 0009). */
  @WithDefault("2000")
  long databaseDeadlineMs();

  Vault vault();

  TurnLog turnLog();

  /** {@code masker.vault.*}. */
  interface Vault {
    /** Sealed rows remembered from the last ten minutes; 0 turns it off. */
    @WithDefault("100000")
    int recentRows();
  }

  /** {@code masker.turn-log.*}: see {@code session.TurnLogSettings}. */
  interface TurnLog {
    @WithDefault("10000")
    int queueCapacity();

    @WithDefault("500")
    int batchSize();

    @WithDefault("100ms")
    Duration linger();

    @WithDefault("30s")
    Duration retryWindow();

    @WithDefault("5s")
    Duration shutdownWait();
  }
}
