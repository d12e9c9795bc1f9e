package dev.masker.application.fake;

import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.UserRepositoryContract;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final DirectTransactionRunner tx = new DirectTransactionRunner();

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
