package dev.masker.application.service;

import dev.masker.application.page.Keyset;
import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ListAgentsUseCase;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.Agent;
import java.util.Optional;

public final class ListAgentsService implements ListAgentsUseCase {
  private final AgentRepository agents;
  private final TransactionRunner tx;

  public ListAgentsService(AgentRepository agents, TransactionRunner tx) {
    this.agents = agents;
    this.tx = tx;
  }

  @Override
  public Page<Agent> list(Caller caller, Optional<String> nameContains, PageRequest page) {
    var filter = nameContains.map(String::strip).filter(s -> !s.isEmpty());
    var rows =
        tx.inTransaction(
            () -> agents.list(caller.accountId(), filter, page.after(), page.limit() + 1));
    return Page.cut(rows, page.limit(), agent -> new Keyset(agent.createdAt(), agent.id().value()));
  }
}
