package dev.masker.application.port.out;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.agent.PolicyVersion;
import java.util.List;
import java.util.Optional;

/**
 * Every version of every agent's policy, kept when the agent moves on or is deleted, always within
 * one account: no method reaches across accounts.
 */
public interface PolicyVersionRepository {
  /**
   * Keeps {@code version} of an agent of {@code account}; a version already kept stays as it is.
   */
  void add(AccountId account, PolicyVersion version);

  /**
   * The agent's versions, newest first, strictly below {@code below} when given, at most {@code
   * limit}.
   */
  List<PolicyVersion> list(AccountId account, AgentId agent, Optional<Integer> below, int limit);

  Optional<PolicyVersion> find(AccountId account, AgentId agent, int version);
}
