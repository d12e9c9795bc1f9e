package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.RevokeApiTokenUseCase;
import dev.masker.application.port.out.ApiTokenRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.auth.ApiTokenId;

public final class RevokeApiTokenService implements RevokeApiTokenUseCase {
  private final ApiTokenRepository tokens;
  private final TransactionRunner tx;

  public RevokeApiTokenService(ApiTokenRepository tokens, TransactionRunner tx) {
    this.tokens = tokens;
    this.tx = tx;
  }

  @Override
  public Result revoke(Caller caller, String tokenId) {
    if (caller.isToken()) {
      return new Result.Forbidden();
    }
    if (!ApiTokenId.isWellFormed(tokenId)) {
      return new Result.NotFound();
    }
    var id = new ApiTokenId(tokenId);
    boolean revoked =
        tx.inTransaction(
            () -> {
              var token = tokens.find(caller.accountId(), id);
              var mayRevoke =
                  token.isPresent()
                      && (caller.may("tokens:manage")
                          || token.get().userId().equals(caller.userId()));
              return mayRevoke && tokens.delete(caller.accountId(), id);
            });
    return revoked ? new Result.Revoked() : new Result.NotFound();
  }
}
