package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ShowProfileUseCase;
import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;

public final class ShowProfileService implements ShowProfileUseCase {
  private final UserRepository users;
  private final AccountRepository accounts;
  private final TransactionRunner tx;

  public ShowProfileService(
      UserRepository users, AccountRepository accounts, TransactionRunner tx) {
    this.users = users;
    this.accounts = accounts;
    this.tx = tx;
  }

  @Override
  public Profile show(Caller caller) {
    return tx.inTransaction(
        () -> {
          var user = users.find(caller.userId()).orElseThrow(() -> missing("user"));
          var account = accounts.find(caller.accountId()).orElseThrow(() -> missing("account"));
          return new Profile(user, account);
        });
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException("the signed-in " + what + " no longer exists");
  }
}
