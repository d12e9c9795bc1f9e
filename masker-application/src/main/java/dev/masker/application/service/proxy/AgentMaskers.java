package dev.masker.application.service.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.masker.application.port.out.KeyCatalog;
import dev.masker.application.port.out.MeasuredCaches;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.CacheCounters;
import dev.masker.domain.common.CacheStatistics;
import dev.masker.domain.masking.EntityRecognizer;
import dev.masker.domain.masking.Masker;
import dev.masker.domain.masking.policy.BuiltInPolicies;
import dev.masker.domain.masking.policy.Policy;
import dev.masker.domain.masking.policy.PolicyParser;
import dev.masker.domain.masking.vault.BatchedVault;
import dev.masker.domain.masking.vault.TokenVault;
import dev.masker.domain.session.PayloadSeal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Masker} per agent, built once from the agent's policy, tokenization and keys and kept
 * until the agent changes: building one compiles the policy's recognizers, which no turn should pay
 * for. At most 10,000 agents' maskers (a Caffeine cache: the agents served often and lately stay).
 * Reports two caches: the maskers, and the known values of the sessions all of them hold.
 */
public final class AgentMaskers implements MeasuredCaches {
  /** The name of the maskers' metrics. */
  public static final String CACHE_NAME = "agent_maskers";

  /** The name of the metrics of the sessions' known values, over every agent's masker. */
  public static final String KNOWN_VALUES_CACHE_NAME = "known_values";

  private static final int MAX_AGENTS = 10_000;

  private final KeyCatalog keys;
  private final BatchedVault vault;
  private final Optional<EntityRecognizer> recognizer;
  private final CacheCounters knownValues = new CacheCounters();
  private final Cache<AgentId, Built> built =
      Caffeine.newBuilder()
          .maximumSize(MAX_AGENTS)
          // Upkeep on the calling thread, a little at a time: no pool, and a test sees the bound.
          .executor(Runnable::run)
          .recordStats()
          .build();

  public AgentMaskers(KeyCatalog keys, TokenVault vault) {
    this(keys, vault, Optional.empty());
  }

  /**
   * With the server's model-based recognizer, if it has one: the maskers of agents whose policy
   * lists {@code ner} run it.
   */
  private final Map<String, PayloadSeal> payloadSeals = new ConcurrentHashMap<>();

  public AgentMaskers(KeyCatalog keys, TokenVault vault, Optional<EntityRecognizer> recognizer) {
    this.keys = keys;
    this.vault = new BatchedVault(vault);
    this.recognizer = recognizer;
  }

  /**
   * Holds the vault rows the maskers write to {@code scope} until the batch is flushed: a turn's
   * new tokens reach the store in one round trip.
   */
  public BatchedVault.Batch vaultBatch(String scope) {
    return vault.open(scope);
  }

  /**
   * @throws IllegalStateException when the agent's policy or its key is gone from this server
   */
  public Masker of(Agent agent) {
    var known = built.getIfPresent(agent.id());
    if (known != null && known.updatedAt().equals(agent.updatedAt())) {
      return known.masker();
    }
    var masker = build(agent);
    built.put(agent.id(), new Built(agent.updatedAt(), masker));
    return masker;
  }

  /**
   * What seals the payloads of a policy with key id {@code kid}, made once per kid.
   *
   * @throws IllegalStateException when the kid's key is gone from this server
   */
  public PayloadSeal payloadSeal(String kid) {
    return payloadSeals.computeIfAbsent(kid, id -> new PayloadSeal(keys.keyRing(id)));
  }

  private Masker build(Agent agent) {
    var policy = policyOf(agent);
    var builder =
        Masker.builder()
            .policy(policy)
            .keyRing(keys.keyRing(policy.kid()))
            .vault(vault)
            .tokenization(agent.tokenization())
            .knownValuesCounters(knownValues);
    recognizer.ifPresent(builder::entityRecognizer);
    return builder.build();
  }

  /**
   * The policy {@code agent} applies: its own YAML, or the built-in policy of its name as this
   * server ships it (the agent's {@code policy_version} counts the agent's policy changes, not the
   * built-in's versions).
   *
   * @throws IllegalStateException when the stored policy no longer parses or is not built in
   */
  public static Policy policyOf(Agent agent) {
    if (agent.policyYaml().isPresent()) {
      return PolicyParser.parse(agent.policyYaml().get())
          .fold(
              PolicyParser.Parsed::policy,
              invalid -> {
                throw new IllegalStateException("the agent's stored policy no longer parses");
              });
    }
    var ref = agent.policy();
    return BuiltInPolicies.named(ref.name())
        .orElseThrow(() -> new IllegalStateException("unknown built-in policy " + ref.name()));
  }

  @Override
  public Map<String, CacheStatistics> cacheStatistics() {
    long sessions =
        built.asMap().values().stream().mapToLong(b -> b.masker().sessionsInMemory()).sum();
    return Map.of(
        CACHE_NAME,
        CacheStatistics.of(built),
        KNOWN_VALUES_CACHE_NAME,
        knownValues.statistics(sessions));
  }

  private record Built(Instant updatedAt, Masker masker) {}
}
