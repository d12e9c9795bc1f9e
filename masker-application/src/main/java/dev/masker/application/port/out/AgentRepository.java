package dev.masker.application.port.out;

import dev.masker.application.page.Keyset;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.Agent;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.AgentName;
import java.util.List;
import java.util.Optional;

/** Agents, always within one account: no method reaches across accounts. */
public interface AgentRepository {
  /**
   * Adds a new agent.
   *
   * @throws NameAlreadyUsed when the account has an agent of that name (ignoring case)
   */
  void add(Agent agent);

  boolean nameTaken(AccountId account, AgentName name);

  /**
   * Replaces the stored agent of the same id and account with {@code agent}.
   *
   * @throws NameAlreadyUsed when another agent of the account has the new name (ignoring case)
   */
  void update(Agent agent);

  Optional<Agent> find(AccountId account, AgentId id);

  /**
   * The agent with that id, whatever its account: for the proxy, where the unguessable id itself is
   * the credential (SPEC §6).
   */
  Optional<Agent> find(AgentId id);

  /**
   * Newest first (creation time, then id), strictly after {@code after} when given, at most {@code
   * limit} rows; with {@code nameContains}, only names containing it, ignoring case.
   */
  List<Agent> list(
      AccountId account, Optional<String> nameContains, Optional<Keyset> after, int limit);

  /** Deletes the agent; false when the account has no such agent. */
  boolean delete(AccountId account, AgentId id);

  /** Raised by {@link #add} when the name is taken in the account. */
  final class NameAlreadyUsed extends RuntimeException {
    public NameAlreadyUsed() {
      super("agent name already used in the account");
    }
  }
}
