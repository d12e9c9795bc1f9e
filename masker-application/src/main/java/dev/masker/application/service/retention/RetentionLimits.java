package dev.masker.application.service.retention;

import dev.masker.domain.common.InvalidValue;

/**
 * The server's retention limits (SPEC §5, §11).
 *
 * @param sessionMetadataDays sessions and their turns go this many days after their last activity,
 *     their vault rows with them ({@code MASKER_SESSION_METADATA_RETENTION_DAYS}, 90)
 * @param payloadDays payloads go this many days after they were written; 0 means at the next run
 *     ({@code MASKER_PAYLOAD_RETENTION_DAYS}, 0)
 * @param batchSize rows deleted per transaction
 */
public record RetentionLimits(int sessionMetadataDays, int payloadDays, int batchSize) {
  public static final int DEFAULT_SESSION_METADATA_DAYS = 90;

  public RetentionLimits {
    if (sessionMetadataDays < 1) {
      throw new InvalidValue("session_metadata_retention_days", "must be at least 1");
    }
    if (payloadDays < 0) {
      throw new InvalidValue("payload_retention_days", "must be 0 or more");
    }
    if (batchSize < 1) {
      throw new InvalidValue("retention.batch_size", "must be at least 1");
    }
  }
}
