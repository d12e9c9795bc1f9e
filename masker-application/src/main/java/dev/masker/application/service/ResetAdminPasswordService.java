package dev.masker.application.service;

import dev.masker.application.port.in.ResetAdminPasswordUseCase;
import dev.masker.application.port.out.PasswordHasher;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.Role;

public final class ResetAdminPasswordService implements ResetAdminPasswordUseCase {
  private final UserRepository users;
  private final WebSessionRepository sessions;
  private final PasswordHasher hasher;
  private final TransactionRunner tx;

  public ResetAdminPasswordService(
      UserRepository users,
      WebSessionRepository sessions,
      PasswordHasher hasher,
      TransactionRunner tx) {
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.tx = tx;
  }

  @Override
  public Result reset(Command command) {
    var password = Password.generate();
    var hash = hasher.hash(password);
    return tx.inTransaction(
        () -> {
          var admin = users.findByEmail(command.adminEmail()).filter(u -> u.role() == Role.ADMIN);
          if (admin.isEmpty()) {
            return new Result.NoSuchAdmin();
          }
          users.changePassword(admin.get().id(), hash);
          sessions.deleteAllOf(admin.get().id());
          return new Result.Reset(admin.get(), password);
        });
  }
}
