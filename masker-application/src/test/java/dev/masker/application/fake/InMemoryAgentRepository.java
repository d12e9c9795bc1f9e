package dev.masker.application.fake;

import dev.masker.application.page.Keyset;
import dev.masker.application.port.out.AgentRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAgentRepository implements AgentRepository {
  private static final Comparator<Agent> NEWEST_FIRST =
      Comparator.comparing(Agent::createdAt).thenComparing(agent -> agent.id().value()).reversed();

  private final Map<AgentId, Agent> agents = new ConcurrentHashMap<>();

  @Override
  public synchronized void add(Agent agent) {
    if (nameTaken(agent.accountId(), agent.name())) {
      throw new NameAlreadyUsed();
    }
    agents.put(agent.id(), agent);
  }

  @Override
  public synchronized void update(Agent agent) {
    var stored = find(agent.accountId(), agent.id());
    if (stored.isEmpty()) {
      return;
    }
    boolean clash =
        agents.values().stream()
            .anyMatch(
                a ->
                    a.accountId().equals(agent.accountId())
                        && !a.id().equals(agent.id())
                        && a.name().folded().equals(agent.name().folded()));
    if (clash) {
      throw new NameAlreadyUsed();
    }
    agents.put(agent.id(), agent);
  }

  @Override
  public boolean nameTaken(AccountId account, AgentName name) {
    return agents.values().stream()
        .anyMatch(a -> a.accountId().equals(account) && a.name().folded().equals(name.folded()));
  }

  @Override
  public Optional<Agent> find(AgentId id) {
    return Optional.ofNullable(agents.get(id));
  }

  @Override
  public Optional<Agent> find(AccountId account, AgentId id) {
    return Optional.ofNullable(agents.get(id)).filter(a -> a.accountId().equals(account));
  }

  @Override
  public List<Agent> list(
      AccountId account, Optional<String> nameContains, Optional<Keyset> after, int limit) {
    var needle = nameContains.map(s -> s.toLowerCase(Locale.ROOT));
    return agents.values().stream()
        .filter(a -> a.accountId().equals(account))
        .filter(a -> needle.map(n -> a.name().folded().contains(n)).orElse(true))
        .filter(a -> after.map(k -> isOlder(a, k)).orElse(true))
        .sorted(NEWEST_FIRST)
        .limit(limit)
        .toList();
  }

  private static boolean isOlder(Agent agent, Keyset keyset) {
    int byTime = agent.createdAt().compareTo(keyset.createdAt());
    return byTime < 0 || (byTime == 0 && agent.id().value().compareTo(keyset.id()) < 0);
  }

  @Override
  public synchronized boolean delete(AccountId account, AgentId id) {
    if (find(account, id).isEmpty()) {
      return false;
    }
    agents.remove(id);
    return true;
  }
}
