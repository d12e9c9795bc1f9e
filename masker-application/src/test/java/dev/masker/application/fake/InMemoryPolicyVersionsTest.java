package dev.masker.application.fake;

import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.application.port.out.PolicyVersionRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;

class InMemoryPolicyVersionsTest extends PolicyVersionRepositoryContract {
  private final InMemoryPolicyVersions versions = new InMemoryPolicyVersions();

  @Override
  protected PolicyVersionRepository versions() {
    return versions;
  }

  @Override
  protected TransactionRunner tx() {
    return new DirectTransactionRunner();
  }
}
