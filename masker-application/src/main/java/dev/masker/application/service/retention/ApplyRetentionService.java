package dev.masker.application.service.retention;

import dev.masker.application.port.in.ApplyRetentionUseCase;
import dev.masker.application.port.out.RetentionStore;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Locale;

/**
 * Deletes, in bounded batches: sessions (with their turns, payloads and vault rows) past the
 * session metadata limit, vault rows of sessions never stored past the same limit, payloads past
 * theirs, and audit events past their policy's ({@link AuditEventRetention}). Each run is logged
 * with its counts, and nothing else.
 */
public final class ApplyRetentionService implements ApplyRetentionUseCase {
  private static final System.Logger LOG = System.getLogger(ApplyRetentionService.class.getName());

  private final RetentionStore store;
  private final RetentionLimits limits;
  private final Clock clock;

  public ApplyRetentionService(RetentionStore store, RetentionLimits limits, Clock clock) {
    this.store = store;
    this.limits = limits;
    this.clock = clock;
  }

  @Override
  public Outcome apply() {
    var now = clock.instant();
    long begun = System.nanoTime();
    var counts = store.exclusively(sweep -> run(sweep, now));
    long millis = (System.nanoTime() - begun) / 1_000_000;
    if (counts.isEmpty()) {
      LOG.log(Level.INFO, "retention run skipped: another run holds the retention lock");
      return new Outcome.Skipped();
    }
    var done = counts.get();
    LOG.log(
        Level.INFO,
        String.format(
            Locale.ROOT,
            "retention run deleted %d sessions, %d turns, %d vault rows, %d events, %d payloads"
                + " in %d ms",
            done.sessions(),
            done.turns(),
            done.vaultRows(),
            done.events(),
            done.payloads(),
            millis));
    return new Outcome.Done(done);
  }

  private Counts run(RetentionStore.Sweep sweep, java.time.Instant now) {
    int batch = limits.batchSize();
    var sessionCutoff = AuditEventRetention.before(now, limits.sessionMetadataDays());
    long sessions = 0;
    long turns = 0;
    long vaultRows = 0;
    long payloads = 0;
    RetentionStore.SessionsDeleted deleted;
    do {
      deleted = sweep.deleteSessionsEndedBefore(sessionCutoff, batch);
      sessions += deleted.sessions();
      turns += deleted.turns();
      vaultRows += deleted.vaultRows();
      payloads += deleted.payloads();
    } while (deleted.sessions() >= batch);
    vaultRows +=
        Batches.repeat(
            batch, limit -> sweep.deleteSessionlessVaultRowsBefore(sessionCutoff, limit));
    var payloadCutoff = AuditEventRetention.before(now, limits.payloadDays());
    payloads += Batches.repeat(batch, limit -> sweep.deletePayloadsBefore(payloadCutoff, limit));
    long events = new AuditEventRetention(sweep, batch).deleteExpired(now);
    return new Counts(sessions, turns, vaultRows, events, payloads);
  }
}
