package dev.masker.application.fake;

import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.AgentRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;

class InMemoryAgentRepositoryTest extends AgentRepositoryContract {
  private final InMemoryAgentRepository agents = new InMemoryAgentRepository();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final DirectTransactionRunner tx = new DirectTransactionRunner();

  @Override
  protected AgentRepository agents() {
    return agents;
  }

  @Override
  protected AccountRepository accounts() {
    return accounts;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }
}
