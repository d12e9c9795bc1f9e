package dev.masker.server.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Retention's settings (docs/configuration.md, "Operating retention"), each with its one default:
 * the day counts of SPEC §11 and when the scheduled run starts.
 */
@ConfigMapping(prefix = "masker")
public interface RetentionSettings {
  /** {@code MASKER_SESSION_METADATA_RETENTION_DAYS}: sessions, turns and vault rows. */
  @WithDefault("90")
  int sessionMetadataRetentionDays();

  /** {@code MASKER_PAYLOAD_RETENTION_DAYS}: payloads; 0 deletes them at the next run. */
  @WithDefault("0")
  int payloadRetentionDays();

  Retention retention();

  /** {@code masker.retention.*}. */
  interface Retention {
    /**
     * How often a replica starts a run ({@code off} never: another replica or the command does).
     */
    @WithDefault("1h")
    String every();

    /** How long after the start the first scheduled run waits. */
    @WithDefault("5m")
    Duration delay();

    /** Rows deleted per transaction. */
    @WithDefault("1000")
    int batchSize();
  }
}
