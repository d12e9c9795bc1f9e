package dev.masker.server.wiring;

import dev.masker.application.port.in.CheckAuditChainsUseCase;
import dev.masker.application.port.in.VerifyAuditChainUseCase;
import dev.masker.application.port.out.AuditChains;
import dev.masker.application.port.out.AuditTrail;
import dev.masker.application.service.audit.CheckAuditChainsService;
import dev.masker.application.service.audit.VerifyAuditChainService;
import dev.masker.domain.audit.ChainKey;
import dev.masker.server.startup.ServerKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the audit chain's key and use cases (SPEC §8, docs/adr/0047-audit-chain.md). */
@ApplicationScoped
public class AuditUseCases {
  /** The key of the chain's HMACs and of its checkpoints' seals. */
  static final String AUDIT_KEY = "MASKER_AUDIT_HMAC_KEY";

  @Produces
  @Singleton
  ChainKey chainKey(ServerKeys keys) {
    return new ChainKey(keys.key(AUDIT_KEY));
  }

  @Produces
  @ApplicationScoped
  VerifyAuditChainUseCase verifyAuditChain(AuditTrail trail) {
    return new VerifyAuditChainService(trail);
  }

  @Produces
  @ApplicationScoped
  CheckAuditChainsUseCase checkAuditChains(AuditChains chains) {
    return new CheckAuditChainsService(chains);
  }
}
