package dev.masker.application.fake;

import dev.masker.application.port.out.SessionCounts;
import dev.masker.application.port.out.SessionCountsContract;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import java.time.Instant;

class InMemorySessionCountsTest extends SessionCountsContract {
  private final InMemorySessionCounts counts = new InMemorySessionCounts();
  private final DirectTransactionRunner tx = new DirectTransactionRunner();

  @Override
  protected SessionCounts counts() {
    return counts;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }

  @Override
  protected void sessionStarted(AccountId account, AgentId agent, Instant at) {
    counts.started(account, agent, at);
  }
}
