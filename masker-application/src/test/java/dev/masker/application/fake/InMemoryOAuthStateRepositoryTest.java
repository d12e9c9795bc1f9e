package dev.masker.application.fake;

import dev.masker.application.port.out.OAuthStateRepository;
import dev.masker.application.port.out.OAuthStateRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;

class InMemoryOAuthStateRepositoryTest extends OAuthStateRepositoryContract {
  private final InMemoryOAuthStateRepository states = new InMemoryOAuthStateRepository();
  private final DirectTransactionRunner tx = new DirectTransactionRunner();

  @Override
  protected OAuthStateRepository states() {
    return states;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }
}
