package dev.masker.application.fake;

import dev.masker.application.port.out.SessionRepository;
import dev.masker.application.port.out.SessionRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedSession;
import dev.masker.domain.session.RecordedTurn;
import java.util.List;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {
  private final InMemorySessionRepository sessions = new InMemorySessionRepository();
  private final TransactionRunner tx = new DirectTransactionRunner();

  @Override
  protected SessionRepository sessions() {
    return sessions;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }

  @Override
  protected void recorded(
      AccountId account,
      RecordedSession session,
      List<RecordedTurn> turns,
      List<RecordedEvent> events) {
    sessions.recorded(account, session, turns, events);
  }
}
