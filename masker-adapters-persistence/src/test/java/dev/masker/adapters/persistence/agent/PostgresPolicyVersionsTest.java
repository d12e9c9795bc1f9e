package dev.masker.adapters.persistence.agent;

import dev.masker.adapters.persistence.TestDatabase;
import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.application.port.out.PolicyVersionRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(TestDatabase.class)
class PostgresPolicyVersionsTest extends PolicyVersionRepositoryContract {
  @Inject PolicyVersionRepository versions;
  @Inject TransactionRunner tx;

  @Override
  protected PolicyVersionRepository versions() {
    return versions;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }
}
