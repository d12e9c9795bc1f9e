package dev.masker.application.service.audit;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.VerifyAuditChainUseCase;
import dev.masker.application.port.out.AuditTrail;
import dev.masker.domain.audit.ChainCheck;

public final class VerifyAuditChainService implements VerifyAuditChainUseCase {
  private final AuditTrail trail;

  public VerifyAuditChainService(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public ChainCheck verify(Caller caller) {
    return trail.verify(caller.accountId());
  }
}
