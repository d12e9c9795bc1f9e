package dev.masker.application.service.audit;

import dev.masker.application.port.in.CheckAuditChainsUseCase;
import dev.masker.application.port.out.AuditChains;
import dev.masker.domain.account.AccountId;
import java.util.ArrayList;

public final class CheckAuditChainsService implements CheckAuditChainsUseCase {
  private final AuditChains chains;

  public CheckAuditChainsService(AuditChains chains) {
    this.chains = chains;
  }

  @Override
  public Outcome checkAll() {
    long chained = chains.chainUnchained();
    var accounts = chains.accounts();
    var broken = new ArrayList<AccountId>();
    long events = 0;
    for (var account : accounts) {
      var check = chains.verifySinceCheckpoint(account);
      events += check.eventCount();
      if (!check.ok()) {
        broken.add(account);
      }
    }
    return new Outcome(accounts.size(), events, chained, broken);
  }
}
