package dev.masker.application.fake;

import dev.masker.application.port.out.SessionCounts;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Sessions a test says were started, counted as the PostgreSQL adapter counts recorded ones. */
public final class InMemorySessionCounts implements SessionCounts {
  private record Started(AccountId account, AgentId agent, Instant at) {}

  private final List<Started> started = new CopyOnWriteArrayList<>();

  /** A session of {@code agent} in {@code account}, started at {@code at}. */
  public void started(AccountId account, AgentId agent, Instant at) {
    started.add(new Started(account, agent, at));
  }

  @Override
  public Map<AgentId, Long> startedSince(
      AccountId account, Collection<AgentId> agents, Instant since) {
    return started.stream()
        .filter(s -> s.account().equals(account) && agents.contains(s.agent()))
        .filter(s -> !s.at().isBefore(since))
        .collect(Collectors.groupingBy(Started::agent, Collectors.counting()));
  }
}
