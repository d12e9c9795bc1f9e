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

  private final Snapshot state;

  private Agent(Snapshot state) {
    this.state = Objects.requireNonNull(state);
  }

  /**
   * Everything an agent is made of, as stored and as shown: what adapters copy to and from their
   * own types. {@code proxyKeyDigest} is null when the agent requires no proxy key.
   */
  public record Snapshot(
      AgentId id,
      AccountId accountId,
      AgentSettings settings,
      String proxyKeyDigest,
      Instant createdAt,
      Instant updatedAt) {
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(settings, "settings");
      Objects.requireNonNull(createdAt, "createdAt");
      Objects.requireNonNull(updatedAt, "updatedAt");
    }
  }

  /**
   * A new agent of {@code accountId} with {@code settings}. When {@code requireProxyKey} is set, a
   * proxy key is generated: the returned {@link Creation} carries it once, the agent keeps only its
   * digest.
   */
  public static Creation create(
      IdGenerator ids,
      AccountId accountId,
      AgentSettings settings,
      boolean requireProxyKey,
      Instant now) {
    var proxyKey = requireProxyKey ? Secret.generate(PROXY_KEY_PREFIX) : null;
    var agent =
        new Agent(
            new Snapshot(
                AgentId.next(ids),
                accountId,
                settings,
                proxyKey == null ? null : proxyKey.digest(),
                now,
                now));
    return new Creation(agent, Optional.ofNullable(proxyKey));
  }

  /** An agent read back from storage. */
  public static Agent reconstitute(Snapshot stored) {
    return new Agent(stored);
  }

  /** A new agent and, when it requires one, its proxy key, shown to the caller only this once. */
  public record Creation(Agent agent, Optional<Secret> proxyKey) {}

  /**
   * This agent with {@code settings}, changed at {@code now}. Turning {@code requireProxyKey} on
   * generates a new proxy key (the {@link Creation} carries it once); leaving it on keeps the key
   * the agent has; turning it off drops the key. The new {@code updatedAt} is {@code now}, or a
   * millisecond after the old one when the clock has not moved past it, so every change is seen as
   * one by whoever keeps a copy keyed by that time.
   */
  public Creation revise(AgentSettings settings, boolean requireProxyKey, Instant now) {
    Objects.requireNonNull(settings, "settings");
    Secret proxyKey = null;
    String digest = null;
    if (requireProxyKey && requiresProxyKey()) {
      digest = state.proxyKeyDigest();
    } else if (requireProxyKey) {
      proxyKey = Secret.generate(PROXY_KEY_PREFIX);
      digest = proxyKey.digest();
    }
    var floor = state.updatedAt().plusMillis(1);
    var updatedAt = now.isBefore(floor) ? floor : now;
    var revised =
        new Agent(
            new Snapshot(
                state.id(), state.accountId(), settings, digest, state.createdAt(), updatedAt));
    return new Creation(revised, Optional.ofNullable(proxyKey));
  }

  public boolean requiresProxyKey() {
    return state.proxyKeyDigest() != null;
  }

  /** Whether {@code presented} is this agent's proxy key; always true when none is required. */
  public boolean acceptsProxyKey(Secret presented) {
    var digest = state.proxyKeyDigest();
    return digest == null || (presented != null && presented.hasDigest(digest));
  }

  /** The agent as plain data, to store or to show. */
  public Snapshot snapshot() {
    return state;
  }

  public AgentId id() {
    return state.id();
  }

  public AccountId accountId() {
    return state.accountId();
  }

  public AgentSettings settings() {
    return state.settings();
  }

  public AgentName name() {
    return state.settings().name();
  }

  public Upstream upstream() {
    return state.settings().upstream();
  }

  public Tokenization tokenization() {
    return state.settings().tokenization();
  }

  public PolicyRef policy() {
    return state.settings().policy();
  }

  public Optional<String> proxyKeyDigest() {
    return Optional.ofNullable(state.proxyKeyDigest());
  }

  public Optional<String> vapiAssistant() {
    return Optional.ofNullable(state.settings().vapiAssistant());
  }

  /** The agent's own policy as YAML; empty when it applies a built-in policy. */
  public Optional<String> policyYaml() {
    return state.settings().customPolicyYaml();
  }

  public Instant createdAt() {
    return state.createdAt();
  }

  public Instant updatedAt() {
    return state.updatedAt();
  }
}
