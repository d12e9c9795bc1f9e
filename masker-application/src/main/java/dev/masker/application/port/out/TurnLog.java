package dev.masker.application.port.out;

import dev.masker.domain.session.TurnRecord;

/**
 * Where proxied turns are recorded: the session row (counts, redactions by kind, stage durations,
 * status), the turn, and one event per redaction and per failed rehydration.
 *
 * <p>Recording happens off the request path (SPEC §6): {@link #append} hands the record over and
 * returns at once; it never blocks on storage and never throws. A record that cannot be kept (queue
 * full, storage down past its retries) is counted in {@code masker_audit_write_failures_total} and
 * logged — lost visibly, never silently, and never at the caller's expense.
 */
public interface TurnLog {
  void append(TurnRecord turn);
}
