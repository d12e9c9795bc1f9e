package dev.masker.application.port.out;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.audit.ChainCheck;
import dev.masker.domain.session.SessionId;
import java.util.List;

/**
 * An account's audit chain as reports read it (SPEC §8): every event of the account, hashed in one
 * order, each hash covering the one before it.
 */
public interface AuditTrail {
  /**
   * The chain hashes (32 bytes each) of the session's events, in chain order; empty when the
   * session has none (or is another account's).
   *
   * @throws StoreUnavailable when the chain cannot be read
   */
  List<byte[]> sessionHashes(AccountId account, SessionId session);

  /**
   * The account's chain checked from its last checkpoint to its head.
   *
   * @throws StoreUnavailable when the chain cannot be read
   */
  ChainCheck verify(AccountId account);
}
