package dev.masker.application.fake;

import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.ApiTokenRepository;
import dev.masker.application.port.out.ApiTokenRepositoryContract;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;

class InMemoryApiTokenRepositoryTest extends ApiTokenRepositoryContract {
  private final InMemoryApiTokenRepository tokens = new InMemoryApiTokenRepository();
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final DirectTransactionRunner tx = new DirectTransactionRunner();

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
