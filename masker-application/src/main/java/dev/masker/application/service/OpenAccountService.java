package dev.masker.application.service;

import dev.masker.application.port.in.OpenAccountUseCase;
import dev.masker.application.port.out.AccountRepository;
import dev.masker.application.port.out.PasswordHasher;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.domain.account.Account;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.user.Role;
import dev.masker.domain.user.User;
import java.time.Clock;

public final class OpenAccountService implements OpenAccountUseCase {
  private final AccountRepository accounts;
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final TransactionRunner tx;
  private final IdGenerator ids;
  private final Clock clock;

  public OpenAccountService(
      AccountRepository accounts,
      UserRepository users,
      PasswordHasher hasher,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    this.accounts = accounts;
    this.users = users;
    this.hasher = hasher;
    this.tx = tx;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Result open(Command command) {
    return open(command, false);
  }

  @Override
  public Result openFirst(Command command) {
    return open(command, true);
  }

  private Result open(Command command, boolean onlyIfFirst) {
    var email = command.adminEmail();
    var hash = hasher.hash(command.adminPassword());
    return tx.inTransaction(
        () -> {
          if (onlyIfFirst && users.any()) {
            return new Result.NotFirst();
          }
          if (users.findByEmail(email).isPresent()) {
            return new Result.EmailTaken();
          }
          var now = clock.instant();
          var account = Account.open(ids, command.accountName(), command.plan(), now);
          var admin = User.withPassword(ids, account.id(), email, Role.ADMIN, hash, now);
          accounts.add(account);
          users.add(admin);
          return new Result.Opened(account, admin);
        });
  }
}
