package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.DeleteAgentUseCase;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.AgentId;

public final class DeleteAgentService implements DeleteAgentUseCase {
  private final AgentRepository agents;
  private final TransactionRunner tx;

  public DeleteAgentService(AgentRepository agents, TransactionRunner tx) {
    this.agents = agents;
    this.tx = tx;
  }

  @Override
  public Result delete(Caller caller, String agentId) {
    if (!caller.may("agents:delete")) {
      return new Result.Forbidden();
    }
    if (!AgentId.isWellFormed(agentId)) {
      return new Result.NotFound();
    }
    var id = new AgentId(agentId);
    boolean deleted = tx.inTransaction(() -> agents.delete(caller.accountId(), id));
    return deleted ? new Result.Deleted() : new Result.NotFound();
  }
}
