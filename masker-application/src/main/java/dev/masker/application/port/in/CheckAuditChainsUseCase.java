package dev.masker.application.port.in;

import dev.masker.domain.account.AccountId;
import java.util.List;

/**
 * The check of every account's audit chain at start (SPEC §8), each from its last verified
 * checkpoint: what {@code /health} reports as {@code audit_log}.
 */
public interface CheckAuditChainsUseCase {
  /**
   * Chains what was stored before the chain existed, then checks every chain.
   *
   * @throws dev.masker.application.port.out.StoreUnavailable when the database cannot be used
   */
  Outcome checkAll();

  /**
   * What the check found.
   *
   * @param accounts how many chains were checked
   * @param events how many events were verified (those after the last verified checkpoints)
   * @param chained how many events stored before the chain existed were chained first
   * @param broken the accounts whose chain is broken, in the order of their ids
   */
  record Outcome(int accounts, long events, long chained, List<AccountId> broken) {
    public Outcome {
      broken = List.copyOf(broken);
    }

    public boolean whole() {
      return broken.isEmpty();
    }
  }
}
