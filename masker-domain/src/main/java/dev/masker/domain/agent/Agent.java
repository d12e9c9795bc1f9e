package dev.masker.domain.agent;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.common.Secret;
import dev.masker.domain.masking.policy.PolicyRef;
import dev.masker.domain.masking.policy.Tokenization;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One voice assistant's masking configuration: which upstream it talks to, how it tokenizes, which
 * policy it applies, and whether its proxy URL also demands a key.
 */
public final class Agent {
  public static final String PROXY_KEY_PREFIX = "mpk_";

  private final AgentId id;
  private final AccountId accountId;
  private final AgentName name;
  private final Upstream upstream;
  private final Tokenization tokenization;
  private final PolicyRef policy;
  private final String proxyKeyDigest;
  private final String vapiAssistant;
  private final String policyYaml;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Agent(
      AgentId id,
      AccountId accountId,
      AgentName name,
      Upstream upstream,
      Tokenization tokenization,
      PolicyRef policy,
      String proxyKeyDigest,
      String vapiAssistant,
      String policyYaml,
      Instant createdAt,
      Instant updatedAt) {
    this.id = Objects.requireNonNull(id);
    this.accountId = Objects.requireNonNull(accountId);
    this.name = Objects.requireNonNull(name);
    this.upstream = Objects.requireNonNull(upstream);
    this.tokenization = Objects.requireNonNull(tokenization);
    this.policy = Objects.requireNonNull(policy);
    this.proxyKeyDigest = proxyKeyDigest;
    this.vapiAssistant = vapiAssistant;
    this.policyYaml = policyYaml;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.updatedAt = Objects.requireNonNull(updatedAt);
  }

  /**
   * A new agent. When {@code requireProxyKey} is set, a proxy key is generated: the returned {@link
   * Creation} carries it once, the agent keeps only its digest.
   *
   * @param vapiAssistant the assistant template for the Vapi webhook, as JSON text, or null
   */
  public static Creation create(
      IdGenerator ids,
      AccountId accountId,
      AgentName name,
      Upstream upstream,
      Tokenization tokenization,
      PolicyRef policy,
      boolean requireProxyKey,
      String vapiAssistant,
      Instant now) {
    return create(
        ids,
        accountId,
        name,
        upstream,
        tokenization,
        policy,
        null,
        requireProxyKey,
        vapiAssistant,
        now);
  }

  /**
   * A new agent with a policy of its own.
   *
   * @param policyYaml the agent's custom policy as validated YAML, or null for a built-in one
   */
  public static Creation create(
      IdGenerator ids,
      AccountId accountId,
      AgentName name,
      Upstream upstream,
      Tokenization tokenization,
      PolicyRef policy,
      String policyYaml,
      boolean requireProxyKey,
      String vapiAssistant,
      Instant now) {
    var proxyKey = requireProxyKey ? Secret.generate(PROXY_KEY_PREFIX) : null;
    var agent =
        new Agent(
            AgentId.next(ids),
            accountId,
            name,
            upstream,
            tokenization,
            policy,
            proxyKey == null ? null : proxyKey.digest(),
            vapiAssistant,
            policyYaml,
            now,
            now);
    return new Creation(agent, Optional.ofNullable(proxyKey));
  }

  public static Agent reconstitute(
      AgentId id,
      AccountId accountId,
      AgentName name,
      Upstream upstream,
      Tokenization tokenization,
      PolicyRef policy,
      String proxyKeyDigest,
      String vapiAssistant,
      Instant createdAt,
      Instant updatedAt) {
    return reconstitute(
        id,
        accountId,
        name,
        upstream,
        tokenization,
        policy,
        null,
        proxyKeyDigest,
        vapiAssistant,
        createdAt,
        updatedAt);
  }

  public static Agent reconstitute(
      AgentId id,
      AccountId accountId,
      AgentName name,
      Upstream upstream,
      Tokenization tokenization,
      PolicyRef policy,
      String policyYaml,
      String proxyKeyDigest,
      String vapiAssistant,
      Instant createdAt,
      Instant updatedAt) {
    return new Agent(
        id,
        accountId,
        name,
        upstream,
        tokenization,
        policy,
        proxyKeyDigest,
        vapiAssistant,
        policyYaml,
        createdAt,
        updatedAt);
  }

  /** A new agent and, when it requires one, its proxy key, shown to the caller only this once. */
  public record Creation(Agent agent, Optional<Secret> proxyKey) {}

  public boolean requiresProxyKey() {
    return proxyKeyDigest != null;
  }

  /** Whether {@code presented} is this agent's proxy key; always true when none is required. */
  public boolean acceptsProxyKey(Secret presented) {
    return proxyKeyDigest == null || (presented != null && presented.hasDigest(proxyKeyDigest));
  }

  public AgentId id() {
    return id;
  }

  public AccountId accountId() {
    return accountId;
  }

  public AgentName name() {
    return name;
  }

  public Upstream upstream() {
    return upstream;
  }

  public Tokenization tokenization() {
    return tokenization;
  }

  public PolicyRef policy() {
    return policy;
  }

  public Optional<String> proxyKeyDigest() {
    return Optional.ofNullable(proxyKeyDigest);
  }

  public Optional<String> vapiAssistant() {
    return Optional.ofNullable(vapiAssistant);
  }

  /** The agent's own policy as YAML; empty when it applies a built-in policy. */
  public Optional<String> policyYaml() {
    return Optional.ofNullable(policyYaml);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
