package dev.masker.application.service;

import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ListSessionEventsUseCase;
import dev.masker.application.port.out.SessionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.SessionId;
import java.util.Optional;

public final class ListSessionEventsService implements ListSessionEventsUseCase {
  private final SessionRepository sessions;
  private final TransactionRunner tx;

  public ListSessionEventsService(SessionRepository sessions, TransactionRunner tx) {
    this.sessions = sessions;
    this.tx = tx;
  }

  @Override
  public Optional<Page<RecordedEvent>> list(Caller caller, String sessionId, PageRequest page) {
    if (!SessionId.isWellFormed(sessionId)) {
      return Optional.empty();
    }
    var id = new SessionId(sessionId);
    var account = caller.accountId();
    return tx.inTransaction(
        () ->
            sessions
                .find(account, id)
                .map(
                    session ->
                        Page.cut(
                            sessions.events(account, id, page.after(), page.limit() + 1),
                            page.limit(),
                            GetSessionService::keysetOf)));
  }
}
