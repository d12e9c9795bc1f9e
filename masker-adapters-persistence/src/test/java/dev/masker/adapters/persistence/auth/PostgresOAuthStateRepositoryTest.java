package dev.masker.adapters.persistence.auth;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.OAuthStateRepository;
import dev.masker.application.port.out.OAuthStateRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresOAuthStateRepositoryTest extends OAuthStateRepositoryContract {
  @Inject OAuthStateRepository states;
  @Inject TransactionRunner tx;

  @Override
  protected OAuthStateRepository states() {
    return states;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }
}
