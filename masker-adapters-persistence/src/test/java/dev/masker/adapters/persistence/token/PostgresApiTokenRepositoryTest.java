package dev.masker.adapters.persistence.token;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.ApiTokenRepository;
import dev.masker.application.port.out.ApiTokenRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresApiTokenRepositoryTest extends ApiTokenRepositoryContract {
  @Inject ApiTokenRepository tokens;
  @Inject UserRepository users;
  @Inject AccountRepository accounts;
  @Inject TransactionRunner tx;

  @Override
  protected ApiTokenRepository tokens() {
    return tokens;
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
