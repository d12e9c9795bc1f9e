package dev.masker.application.service;

import dev.masker.application.page.Keyset;
import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ListSessionsUseCase;
import dev.masker.application.port.in.SessionFilter;
import dev.masker.application.port.out.CallerIdHash;
import dev.masker.application.port.out.SessionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.session.RecordedSession;
import java.time.Clock;
import java.util.Optional;

public final class ListSessionsService implements ListSessionsUseCase {
  private final SessionRepository sessions;
  private final CallerIdHash callerIds;
  private final TransactionRunner tx;
  private final Clock clock;

  public ListSessionsService(
      SessionRepository sessions, CallerIdHash callerIds, TransactionRunner tx, Clock clock) {
    this.sessions = sessions;
    this.callerIds = callerIds;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public String cursorKey(Caller caller, SessionFilter filter) {
    return "account=" + caller.accountId().value() + "|" + filter.cursorKey(hashed(caller, filter));
  }

  @Override
  public Page<RecordedSession> list(Caller caller, SessionFilter filter, PageRequest page) {
    var criteria =
        new SessionRepository.Criteria(
            filter.start(clock),
            filter.status(),
            filter.agentId(),
            filter.minRedactions(),
            hashed(caller, filter));
    return tx.inTransaction(
        () ->
            Page.cut(
                sessions.list(caller.accountId(), criteria, page.after(), page.limit() + 1),
                page.limit(),
                ListSessionsService::keysetOf));
  }

  /** The position of a session in the list: its start, then its id. */
  static Keyset keysetOf(RecordedSession session) {
    return new Keyset(session.startedAt(), session.id().value());
  }

  /** The external id as the proxy stored it: hashed under the server's key, for this account. */
  private Optional<String> hashed(Caller caller, SessionFilter filter) {
    return filter.externalId().map(raw -> callerIds.hash(caller.accountId(), raw));
  }
}
