package dev.masker.application.service;

import dev.masker.application.port.in.SignInUseCase;
import dev.masker.application.port.out.PasswordHasher;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.application.service.ratelimit.SignInLimits;
import dev.masker.domain.auth.WebSession;
import dev.masker.domain.common.InvalidValue;
import dev.masker.domain.common.Secret;
import dev.masker.domain.user.Email;
import dev.masker.domain.user.Password;
import dev.masker.domain.user.PasswordHash;
import dev.masker.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Local sign-in. A password is checked only when the {@link SignInLimits} allows the attempt, and
 * only one at a time per client address: a flood from one address costs at most one hash
 * computation at a time, and the hasher bounds the computations of all addresses together.
 */
public final class SignInService implements SignInUseCase {
  /** How long a caller refused as busy is told to wait. */
  static final Duration BUSY_RETRY = Duration.ofSeconds(1);

  private final UserRepository users;
  private final WebSessionRepository sessions;
  private final PasswordHasher hasher;
  private final SignInLimits throttle;
  private final TransactionRunner tx;
  private final Clock clock;
  private final PasswordHash decoy;
  private final Set<String> checking = ConcurrentHashMap.newKeySet();

  public SignInService(
      UserRepository users,
      WebSessionRepository sessions,
      PasswordHasher hasher,
      SignInLimits throttle,
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
    var email = command.email() == null ? "" : command.email().strip().toLowerCase(Locale.ROOT);
    var address = command.clientAddress();
    var wait = throttle.untilAllowed(address, email);
    if (!wait.isZero()) {
      return new Result.Throttled(wait);
    }
    if (!checking.add(address)) {
      return new Result.Busy(BUSY_RETRY);
    }
    try {
      return check(command, address, email);
    } catch (PasswordHasher.Busy busy) {
      return new Result.Busy(BUSY_RETRY);
    } finally {
      checking.remove(address);
    }
  }

  private Result check(Command command, String address, String email) {
    var user = findUser(command.email());
    var hash = user.flatMap(User::passwordHash).orElse(decoy);
    var attempt = command.password() == null ? "" : command.password();
    boolean matches = hasher.matches(attempt, hash);
    if (user.isEmpty() || user.get().passwordHash().isEmpty() || !matches) {
      throttle.recordFailure(address, email);
      return new Result.InvalidCredentials();
    }
    throttle.recordSuccess(address, email);
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
