package dev.masker.application.service;

import dev.masker.application.page.Keyset;
import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ListApiTokensUseCase;
import dev.masker.application.port.out.ApiTokenRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.user.UserId;
import java.util.Optional;

public final class ListApiTokensService implements ListApiTokensUseCase {
  private final ApiTokenRepository tokens;
  private final TransactionRunner tx;

  public ListApiTokensService(ApiTokenRepository tokens, TransactionRunner tx) {
    this.tokens = tokens;
    this.tx = tx;
  }

  @Override
  public Result list(Caller caller, PageRequest page) {
    if (caller.isToken()) {
      return new Result.Forbidden();
    }
    var owner =
        caller.may("tokens:manage") ? Optional.<UserId>empty() : Optional.of(caller.userId());
    var rows =
        tx.inTransaction(
            () -> tokens.list(caller.accountId(), owner, page.after(), page.limit() + 1));
    return new Result.Listed(
        Page.cut(rows, page.limit(), token -> new Keyset(token.createdAt(), token.id().value())));
  }
}
