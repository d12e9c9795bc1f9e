package dev.masker.application.port.out;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.audit.ChainCheck;
import java.util.List;

/**
 * Every account's audit chain, as the start-up check goes through them (SPEC §8): chaining what was
 * stored before the chain existed, then verifying each chain from where it was last found whole.
 */
public interface AuditChains {
  /**
   * Chains the events stored without a place in their chain (written before the chain existed).
   *
   * @return how many it chained
   * @throws StoreUnavailable when the database cannot be used
   */
  long chainUnchained();

  /**
   * The accounts that have a chain, in the order of their ids.
   *
   * @throws StoreUnavailable when the database cannot be used
   */
  List<AccountId> accounts();

  /**
   * The account's chain checked from its last verified checkpoint (the genesis when it has none) to
   * its head; when it is whole, a new verified checkpoint is recorded at the head, so that the next
   * check starts there.
   *
   * @throws StoreUnavailable when the database cannot be used
   */
  ChainCheck verifySinceCheckpoint(AccountId account);
}
