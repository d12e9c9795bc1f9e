package dev.masker.adapters.persistence.agent;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.AgentRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresAgentRepositoryTest extends AgentRepositoryContract {
  @Inject AgentRepository agents;
  @Inject AccountRepository accounts;
  @Inject TransactionRunner tx;

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
