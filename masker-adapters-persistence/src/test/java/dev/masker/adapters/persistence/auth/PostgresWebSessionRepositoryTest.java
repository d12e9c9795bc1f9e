package dev.masker.adapters.persistence.auth;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.application.port.out.WebSessionRepositoryContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresWebSessionRepositoryTest extends WebSessionRepositoryContract {
  @Inject WebSessionRepository sessions;
  @Inject UserRepository users;
  @Inject AccountRepository accounts;
  @Inject TransactionRunner tx;

  @Override
  protected WebSessionRepository sessions() {
    return sessions;
  }

  @Override
  protected UserRepository users() {
    return users;
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
