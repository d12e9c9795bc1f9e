package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.GetAgentUseCase;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import java.util.Optional;

public final class GetAgentService implements GetAgentUseCase {
  private final AgentRepository agents;
  private final TransactionRunner tx;

  public GetAgentService(AgentRepository agents, TransactionRunner tx) {
    this.agents = agents;
    this.tx = tx;
  }

  @Override
  public Optional<Agent> get(Caller caller, String agentId) {
    if (!AgentId.isWellFormed(agentId)) {
      return Optional.empty();
    }
    var id = new AgentId(agentId);
    return tx.inTransaction(() -> agents.find(caller.accountId(), id));
  }
}
