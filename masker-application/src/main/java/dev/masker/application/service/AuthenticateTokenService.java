package dev.masker.application.service;

import dev.masker.application.port.in.AuthenticateTokenUseCase;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.out.ApiTokenRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.UserRepository;
import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.common.Secret;
import java.time.Clock;
import java.util.Optional;

public final class AuthenticateTokenService implements AuthenticateTokenUseCase {
  private final ApiTokenRepository tokens;
  private final UserRepository users;
  private final TransactionRunner tx;
  private final Clock clock;

  public AuthenticateTokenService(
      ApiTokenRepository tokens, UserRepository users, TransactionRunner tx, Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Optional<Caller> authenticate(Secret tokenSecret) {
    if (!ApiToken.isSecretShaped(tokenSecret.value())) {
      return Optional.empty();
    }
    return tx.inTransaction(
        () -> {
          var found = tokens.findByDigest(tokenSecret.digest());
          if (found.isEmpty()) {
            return Optional.empty();
          }
          var use = found.get().useAt(clock.instant());
          if (use instanceof ApiToken.Use.Expired) {
            return Optional.empty();
          }
          var token =
              use instanceof ApiToken.Use.Noted noted
                  ? noted.token()
                  : ((ApiToken.Use.Current) use).token();
          // The token acts with its user's role of today; a user removed takes their tokens along.
          var user =
              users.find(token.userId()).filter(u -> u.accountId().equals(token.accountId()));
          if (user.isEmpty()) {
            return Optional.empty();
          }
          if (use instanceof ApiToken.Use.Noted) {
            tokens.recordUse(token.id(), token.lastUsedAt().orElseThrow());
          }
          return Optional.of(
              Caller.viaToken(
                  user.get().id(), token.accountId(), user.get().role(), token.scopes()));
        });
  }
}
