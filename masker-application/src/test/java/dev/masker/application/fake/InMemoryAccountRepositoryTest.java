package dev.masker.application.fake;

import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.AccountRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;

class InMemoryAccountRepositoryTest extends AccountRepositoryContract {
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final DirectTransactionRunner tx = new DirectTransactionRunner();

  @Override
  protected AccountRepository accounts() {
    return accounts;
  }

  @Override
  protected TransactionRunner tx() {
    return tx;
  }
}
