package dev.masker.application.port.out;

import dev.masker.domain.session.CallMark;
import dev.masker.domain.session.TurnRecord;

/**
 * Where proxied turns are recorded: the session row (counts, redactions by kind, stage durations,
 * status), the turn, and one event per redaction and per failed rehydration.
 *
 * <p>Recording happens off the request path (SPEC §6): {@link #append} hands the record over and
 * returns at once; it never blocks on storage and never throws. A record that cannot be kept (queue
 * full, storage down past its retries) is counted in {@link #lostRecords()} — exported as {@code
 * masker_audit_write_failures_total} — and logged: lost visibly, never silently, and never at the
 * caller's expense.
 *
 * <p>A session is the platform's call when the record (or the mark) names one (the agent and the
 * record's external id: every turn of the call adds to one session, whatever session id each record
 * carries); otherwise the record's own session id, one turn. The contract every implementation
 * keeps is {@code TurnLogContract} in this module's test-jar.
 */
public interface TurnLog {
  /** Hands the record over; never waits for storage, never throws (a null is counted lost). */
  void append(TurnRecord turn);

  /**
   * Hands over a mark of a call (a voice platform said it started or ended): the call's session is
   * opened with a {@code call_started} event, or closed with a {@code call_ended} one, in order
   * with the turns appended before and after it. Like {@link #append}: never waits, never throws,
   * and a mark that cannot be kept is counted in {@link #lostRecords()}.
   */
  void mark(CallMark mark);

  /** How many records were handed over and could not be kept, since the start. */
  long lostRecords();
}
