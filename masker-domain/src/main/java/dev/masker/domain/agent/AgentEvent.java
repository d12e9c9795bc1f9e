package dev.masker.domain.agent;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.common.IdGenerator;
import dev.masker.domain.user.UserId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An audit event of an agent's life, of the account rather than of one call: created, updated (with
 * the fields that changed, never their values) or deleted, and who did it.
 *
 * @param changed the fields an update touched; empty for the other kinds
 */
public record AgentEvent(
    String id,
    AccountId accountId,
    AgentId agentId,
    UserId actor,
    Kind kind,
    Set<AgentField> changed,
    Instant at) {
  public static final String ID_PREFIX = "evt_";

  /** What happened to the agent, by the name events carry. */
  public enum Kind {
    CREATED("agent_created"),
    UPDATED("agent_updated"),
    DELETED("agent_deleted");

    private final String wireName;

    Kind(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  public AgentEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    changed = changed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(changed));
    if (kind == Kind.UPDATED && changed.isEmpty()) {
      throw new IllegalArgumentException("an update changes at least one field");
    }
    if (kind != Kind.UPDATED && !changed.isEmpty()) {
      throw new IllegalArgumentException("only an update names changed fields");
    }
  }

  /** A new event of {@code kind} about {@code agent}, by {@code actor}, at {@code at}. */
  public static AgentEvent of(
      IdGenerator ids, Agent agent, UserId actor, Kind kind, Set<AgentField> changed, Instant at) {
    return new AgentEvent(
        ID_PREFIX + ids.newUlid(), agent.accountId(), agent.id(), actor, kind, changed, at);
  }
}
