package dev.masker.application.service;

import dev.masker.application.page.Keyset;
import dev.masker.application.page.Page;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.GetSessionUseCase;
import dev.masker.application.port.out.SessionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.SessionId;
import java.util.Optional;

public final class GetSessionService implements GetSessionUseCase {
  private final SessionRepository sessions;
  private final TransactionRunner tx;

  public GetSessionService(SessionRepository sessions, TransactionRunner tx) {
    this.sessions = sessions;
    this.tx = tx;
  }

  @Override
  public Optional<Detail> get(Caller caller, String sessionId) {
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
                        new Detail(
                            session,
                            sessions.turns(account, id),
                            Page.cut(
                                sessions.events(account, id, Optional.empty(), FIRST_EVENTS + 1),
                                FIRST_EVENTS,
                                GetSessionService::keysetOf))));
  }

  /** The position of an event in its session's list: its time, then its id. */
  static Keyset keysetOf(RecordedEvent event) {
    return new Keyset(event.ts(), event.id());
  }
}
