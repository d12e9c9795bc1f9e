package dev.masker.application.service;

import dev.masker.application.page.Keyset;
import dev.masker.application.page.Page;
import dev.masker.application.page.PageRequest;
import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.ListAgentsUseCase;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.application.port.out.SessionCounts;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

public final class ListAgentsService implements ListAgentsUseCase {
  private final AgentRepository agents;
  private final SessionCounts sessions;
  private final TransactionRunner tx;
  private final Clock clock;

  public ListAgentsService(
      AgentRepository agents, SessionCounts sessions, TransactionRunner tx, Clock clock) {
    this.agents = agents;
    this.sessions = sessions;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Page<Item> list(Caller caller, Optional<String> nameContains, PageRequest page) {
    var filter = nameContains.map(String::strip).filter(s -> !s.isEmpty());
    var since = clock.instant().minus(RECENT);
    return tx.inTransaction(
        () -> {
          var rows = agents.list(caller.accountId(), filter, page.after(), page.limit() + 1);
          var cut =
              Page.cut(
                  rows, page.limit(), agent -> new Keyset(agent.createdAt(), agent.id().value()));
          var ids = cut.items().stream().map(Agent::id).toList();
          var counts =
              ids.isEmpty()
                  ? Map.<AgentId, Long>of()
                  : sessions.startedSince(caller.accountId(), ids, since);
          var items =
              cut.items().stream()
                  .map(agent -> new Item(agent, counts.getOrDefault(agent.id(), 0L)))
                  .toList();
          return new Page<>(items, cut.next());
        });
  }
}
