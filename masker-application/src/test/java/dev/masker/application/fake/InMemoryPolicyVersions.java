package dev.masker.application.fake;

import dev.masker.application.port.out.PolicyVersionRepository;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.PolicyVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryPolicyVersions implements PolicyVersionRepository {
  private record Key(AccountId account, AgentId agent, int version) {}

  private final Map<Key, PolicyVersion> versions = new ConcurrentHashMap<>();

  @Override
  public void add(AccountId account, PolicyVersion version) {
    versions.putIfAbsent(new Key(account, version.agentId(), version.version()), version);
  }

  @Override
  public List<PolicyVersion> list(
      AccountId account, AgentId agent, Optional<Integer> below, int limit) {
    return versions.entrySet().stream()
        .filter(e -> e.getKey().account().equals(account) && e.getKey().agent().equals(agent))
        .map(Map.Entry::getValue)
        .filter(v -> below.map(b -> v.version() < b).orElse(true))
        .sorted(Comparator.comparingInt(PolicyVersion::version).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<PolicyVersion> find(AccountId account, AgentId agent, int version) {
    return Optional.ofNullable(versions.get(new Key(account, agent, version)));
  }
}
