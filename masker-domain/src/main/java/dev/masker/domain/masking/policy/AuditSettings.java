package dev.masker.domain.masking.policy;

import dev.masker.domain.common.InvalidValue;

/**
 * What the audit trail of a policy's agents records: events (value-free) by default, payloads only
 * when asked, kept for {@code retentionDays} (2555 days, seven years, by default).
 */
public record AuditSettings(boolean logEvents, boolean logPayloads, int retentionDays) {
  public static final int DEFAULT_RETENTION_DAYS = 2555;
  public static final AuditSettings DEFAULT =
      new AuditSettings(true, false, DEFAULT_RETENTION_DAYS);

  public AuditSettings {
    if (retentionDays < 1) {
      throw new InvalidValue("audit.retention_days", "must be at least 1");
    }
  }
}
