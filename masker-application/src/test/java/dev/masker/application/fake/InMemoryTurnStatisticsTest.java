package dev.masker.application.fake;

import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.TurnStatistics;
import dev.masker.application.port.out.TurnStatisticsContract;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import java.time.Duration;
import java.time.Instant;

class InMemoryTurnStatisticsTest extends TurnStatisticsContract {
  private final InMemoryTurnStatistics statistics = new InMemoryTurnStatistics();

  @Override
  protected TurnStatistics statistics() {
    return statistics;
  }

  @Override
  protected TransactionRunner tx() {
    return new DirectTransactionRunner();
  }

  @Override
  protected void turnServed(
      AccountId account,
      AgentId agent,
      Instant at,
      Duration total,
      Duration upstream,
      int redactions) {
    statistics.served(account, agent, at, redactions, total.minus(upstream));
  }
}
