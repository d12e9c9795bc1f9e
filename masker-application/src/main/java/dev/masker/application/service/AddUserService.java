package dev.masker.application.service;

import dev.masker.application.port.in.AddUserUseCase;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.out.PasswordHasher;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.User;
import java.time.Clock;
import java.util.Optional;

public final class AddUserService implements AddUserUseCase {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final TransactionRunner tx;
  private final IdGenerator ids;
  private final Clock clock;

  public AddUserService(
      UserRepository users,
      PasswordHasher hasher,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.tx = tx;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Result add(Caller caller, Command command) {
    if (!caller.may("users:manage")) {
      return new Result.Forbidden();
    }
    var email = command.email();
    var role = command.role();
    var given = command.password();
    var password = given.orElseGet(Password::generate);
    var hash = hasher.hash(password);
    return tx.inTransaction(
        () -> {
          if (users.findByEmail(email).isPresent()) {
            return new Result.EmailTaken();
          }
          var user = User.withPassword(ids, caller.accountId(), email, role, hash, clock.instant());
          try {
            users.add(user);
          } catch (UserRepository.EmailAlreadyUsed raced) {
            return new Result.EmailTaken();
          }
          Optional<Password> generated =
              given.isPresent() ? Optional.empty() : Optional.of(password);
          return new Result.Added(user, generated);
        });
  }
}
