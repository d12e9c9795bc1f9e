package dev.masker.adapters.persistence.account;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.AccountRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresAccountRepositoryTest extends AccountRepositoryContract {
  @Inject AccountRepository accounts;
  @Inject TransactionRunner tx;

  @Override
  protected AccountRepository accounts() {
    return accounts;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }
}
