package dev.masker.application.service;

import dev.masker.application.port.in.AuthenticateUseCase;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.domain.auth.WebSession;
import dev.masker.domain.common.Secret;
import java.time.Clock;
import java.util.Optional;

public final class AuthenticateService implements AuthenticateUseCase {
  private final WebSessionRepository sessions;
  private final UserRepository users;
  private final TransactionRunner tx;
  private final Clock clock;

  public AuthenticateService(
      WebSessionRepository sessions, UserRepository users, TransactionRunner tx, Clock clock) {
    this.sessions = sessions;
    this.users = users;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Optional<Authentication> authenticate(Secret sessionSecret) {
    return tx.inTransaction(
        () -> {
          var digest = sessionSecret.digest();
          var found = sessions.find(digest);
          if (found.isEmpty()) {
            return Optional.empty();
          }
          var now = clock.instant();
          var use = found.get().useAt(now);
          if (use instanceof WebSession.Use.Expired) {
            sessions.delete(digest);
            return Optional.empty();
          }
          boolean extended = use instanceof WebSession.Use.Extended;
          var session =
              use instanceof WebSession.Use.Extended e
                  ? e.session()
                  : ((WebSession.Use.Current) use).session();
          var user = users.find(session.userId());
          if (user.isEmpty()) {
            sessions.delete(digest);
            return Optional.empty();
          }
          if (extended) {
            sessions.update(session);
            users.recordSeen(session.userId(), now);
          }
          var caller = new Caller(user.get().id(), user.get().accountId(), user.get().role());
          return Optional.of(new Authentication(caller, extended));
        });
  }
}
