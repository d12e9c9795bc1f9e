package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.DeleteAgentUseCase;
import dev.masker.application.port.out.AgentCopies;
import dev.masker.application.port.out.AgentEventLog;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.AgentEvent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.IdGenerator;
import java.time.Clock;
import java.util.Set;

/**
 * Deletes an agent and records an {@code agent_deleted} event in the same transaction; the proxy of
 * this process stops serving it at once.
 */
public final class DeleteAgentService implements DeleteAgentUseCase {
  private final AgentRepository agents;
  private final AgentEventLog events;
  private final AgentCopies copies;
  private final TransactionRunner tx;
  private final IdGenerator ids;
  private final Clock clock;

  public DeleteAgentService(
      AgentRepository agents,
      AgentEventLog events,
      AgentCopies copies,
      TransactionRunner tx,
      IdGenerator ids,
      Clock clock) {
    this.agents = agents;
    this.events = events;
    this.copies = copies;
    this.tx = tx;
    this.ids = ids;
    this.clock = clock;
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
    boolean deleted =
        tx.inTransaction(
            () -> {
              var agent = agents.find(caller.accountId(), id);
              if (agent.isEmpty() || !agents.delete(caller.accountId(), id)) {
                return false;
              }
              events.append(
                  AgentEvent.of(
                      ids,
                      agent.get(),
                      caller.userId(),
                      AgentEvent.Kind.DELETED,
                      Set.of(),
                      clock.instant()));
              return true;
            });
    if (deleted) {
      copies.forget(id);
    }
    return deleted ? new Result.Deleted() : new Result.NotFound();
  }
}
