package dev.masker.application.fake;

import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.application.port.out.WebSessionRepositoryContract;

class InMemoryWebSessionRepositoryTest extends WebSessionRepositoryContract {
  private final InMemoryWebSessionRepository sessions = new InMemoryWebSessionRepository();
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final DirectTransactionRunner tx = new DirectTransactionRunner();

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
