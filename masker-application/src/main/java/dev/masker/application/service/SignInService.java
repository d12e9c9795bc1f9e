package dev.masker.application.service;

import dev.masker.application.port.in.SignInUseCase;
import dev.masker.application.port.out.PasswordHasher;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.domain.auth.LoginThrottle;
import dev.masker.domain.auth.WebSession;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Secret;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.User;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

public final class SignInService implements SignInUseCase {
  private final UserRepository users;
  private final WebSessionRepository sessions;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final TransactionRunner tx;
  private final Clock clock;
  private final PasswordHash decoy;

  public SignInService(
      UserRepository users,
      WebSessionRepository sessions,
      PasswordHasher hasher,
      LoginThrottle throttle,
      TransactionRunner tx,
      Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.throttle = throttle;
    this.tx = tx;
    this.clock = clock;
    // Checked against when the email has no user, so that both cases take the same time.
    this.decoy = hasher.hash(Password.generate());
  }

  @Override
  public Result signIn(Command command) {
    var key = command.email() == null ? "" : command.email().strip().toLowerCase(Locale.ROOT);
    if (throttle.check(key, clock.instant()) instanceof LoginThrottle.Verdict.Throttled t) {
      return new Result.Throttled(t.retryAfter());
    }
    var user = findUser(command.email());
    var hash = user.flatMap(User::passwordHash).orElse(decoy);
    var attempt = command.password() == null ? "" : command.password();
    boolean matches = hasher.matches(attempt, hash);
    if (user.isEmpty() || user.get().passwordHash().isEmpty() || !matches) {
      throttle.recordFailure(key, clock.instant());
      return new Result.InvalidCredentials();
    }
    throttle.recordSuccess(key);
    var signedIn = user.get();
    var secret = Secret.generate("");
    tx.inTransaction(
        () -> {
          var now = clock.instant();
          sessions.add(WebSession.open(secret.digest(), signedIn.id(), signedIn.accountId(), now));
          users.recordSeen(signedIn.id(), now);
        });
    return new Result.SignedIn(secret);
  }

  private Optional<User> findUser(String email) {
    try {
      var address = new Email(email);
      return tx.inTransaction(() -> users.findByEmail(address));
    } catch (InvalidValue notAnAddress) {
      return Optional.empty();
    }
  }
}
