package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.GetPolicyVersionUseCase;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.PolicyVersion;
import java.util.Optional;

public final class GetPolicyVersionService implements GetPolicyVersionUseCase {
  private final AgentRepository agents;
  private final PolicyVersionRepository versions;
  private final TransactionRunner tx;

  public GetPolicyVersionService(
      AgentRepository agents, PolicyVersionRepository versions, TransactionRunner tx) {
    this.agents = agents;
    this.versions = versions;
    this.tx = tx;
  }

  @Override
  public Optional<PolicyVersion> get(Caller caller, String agentId, int version) {
    if (!AgentId.isWellFormed(agentId) || version < 1) {
      return Optional.empty();
    }
    var id = new AgentId(agentId);
    return tx.inTransaction(
        () ->
            agents.find(caller.accountId(), id).isEmpty()
                ? Optional.<PolicyVersion>empty()
                : versions.find(caller.accountId(), id, version));
  }
}
