package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.CreateApiTokenUseCase;
import dev.masker.application.port.out.ApiTokenRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.auth.ApiToken;
import dev.masker.domain.common.IdGenerator;
import java.time.Clock;

public final class CreateApiTokenService implements CreateApiTokenUseCase {
  private final ApiTokenRepository tokens;
  private final TransactionRunner tx;
  private final IdGenerator ids;
  private final Clock clock;

  public CreateApiTokenService(
      ApiTokenRepository tokens, TransactionRunner tx, IdGenerator ids, Clock clock) {
    this.tokens = tokens;
    this.tx = tx;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Result create(Caller caller, Command command) {
    if (caller.isToken()) {
      return new Result.Forbidden();
    }
    var issued =
        ApiToken.issue(
            ids,
            caller.accountId(),
            caller.userId(),
            command.name(),
            command.scopes(),
            command.expiresAt(),
            clock.instant());
    tx.inTransaction(() -> tokens.add(issued.token()));
    return new Result.Created(issued.token(), issued.secret());
  }
}
