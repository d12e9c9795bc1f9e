package dev.masker.application.service;

import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ListAgentSessionsUseCase;
import dev.masker.application.port.in.ListSessionsUseCase;
import dev.masker.application.port.in.SessionFilter;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.session.RecordedSession;
import java.util.Optional;

/** The session list with the agent fixed, once the agent is known to be the caller's. */
public final class ListAgentSessionsService implements ListAgentSessionsUseCase {
  private final AgentRepository agents;
  private final ListSessionsUseCase sessions;
  private final TransactionRunner tx;

  public ListAgentSessionsService(
      AgentRepository agents, ListSessionsUseCase sessions, TransactionRunner tx) {
    this.agents = agents;
    this.sessions = sessions;
    this.tx = tx;
  }

  @Override
  public String cursorKey(Caller caller, String agentId, SessionFilter filter) {
    // A malformed id finds no agent, so its key matters only as long as it stays the same.
    var fixed = AgentId.isWellFormed(agentId) ? filter.forAgent(new AgentId(agentId)) : filter;
    return sessions.cursorKey(caller, fixed);
  }

  @Override
  public Optional<Page<RecordedSession>> list(
      Caller caller, String agentId, SessionFilter filter, PageRequest page) {
    if (!AgentId.isWellFormed(agentId)) {
      return Optional.empty();
    }
    var id = new AgentId(agentId);
    return tx.inTransaction(
        () ->
            agents
                .find(caller.accountId(), id)
                .map(agent -> sessions.list(caller, filter.forAgent(id), page)));
  }
}
