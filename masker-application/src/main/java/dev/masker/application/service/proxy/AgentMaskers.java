package dev.masker.application.service.proxy;

import dev.masker.application.port.out.KeyCatalog;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.vault.TokenVault;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Masker} per agent, built once from the agent's policy, tokenization and keys and kept
 * until the agent changes: building one compiles the policy's recognizers, which no turn should pay
 * for.
 */
public final class AgentMaskers {
  private static final int MAX_AGENTS = 10_000;

  private final KeyCatalog keys;
  private final TokenVault vault;
  private final Map<AgentId, Built> built = new ConcurrentHashMap<>();

  public AgentMaskers(KeyCatalog keys, TokenVault vault) {
    this.keys = keys;
    this.vault = vault;
  }

  /**
   * @throws IllegalStateException when the agent's policy or its key is gone from this server
   */
  public Masker of(Agent agent) {
    var known = built.get(agent.id());
    if (known != null && known.updatedAt().equals(agent.updatedAt())) {
      return known.masker();
    }
    var masker = build(agent);
    if (built.size() >= MAX_AGENTS) {
      built.clear();
    }
    built.put(agent.id(), new Built(agent.updatedAt(), masker));
    return masker;
  }

  private Masker build(Agent agent) {
    var policy = policyOf(agent);
    return Masker.builder()
        .policy(policy)
        .keyRing(keys.keyRing(policy.kid()))
        .vault(vault)
        .tokenization(agent.tokenization())
        .build();
  }

  static Policy policyOf(Agent agent) {
    if (agent.policyYaml().isPresent()) {
      return PolicyParser.parse(agent.policyYaml().get())
          .fold(
              PolicyParser.Parsed::policy,
              invalid -> {
                throw new IllegalStateException("the agent's stored policy no longer parses");
              });
    }
    var ref = agent.policy();
    return BuiltInPolicies.find(ref.name(), ref.version())
        .orElseThrow(() -> new IllegalStateException("unknown built-in policy " + ref.name()));
  }

  private record Built(Instant updatedAt, Masker masker) {}
}
