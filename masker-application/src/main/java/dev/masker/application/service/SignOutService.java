package dev.masker.application.service;

import dev.masker.application.port.in.SignOutUseCase;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.WebSessionRepository;
import dev.masker.domain.common.Secret;

public final class SignOutService implements SignOutUseCase {
  private final WebSessionRepository sessions;
  private final TransactionRunner tx;

  public SignOutService(WebSessionRepository sessions, TransactionRunner tx) {
    this.sessions = sessions;
    this.tx = tx;
  }

  @Override
  public void signOut(Secret sessionSecret) {
    tx.inTransaction(() -> sessions.delete(sessionSecret.digest()));
  }
}
