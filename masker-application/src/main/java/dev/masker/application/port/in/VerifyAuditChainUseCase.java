package dev.masker.application.port.in;

import dev.masker.domain.audit.ChainCheck;

/** {@code GET /api/v1/audit/verify} (SPEC §8): the caller's account's chain, checked whole. */
public interface VerifyAuditChainUseCase {
  /** The permission a caller needs. */
  String PERMISSION = "audit:read";

  /**
   * Every stored event of the caller's account, recomputed from the genesis to the chain's head,
   * across retention checkpoints.
   *
   * @throws dev.masker.application.port.out.StoreUnavailable when the chain cannot be read
   */
  ChainCheck verify(Caller caller);
}
