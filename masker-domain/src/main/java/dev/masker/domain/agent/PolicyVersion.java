package dev.masker.domain.agent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of an agent's policy, kept after the agent moves on so that a report of an old call
 * can show the policy it ran under.
 *
 * @param version the agent's {@code policy_version} while this policy applied
 * @param yaml the agent's own policy as YAML; null for a built-in policy, which the server ships
 */
public record PolicyVersion(
    AgentId agentId, int version, String name, String yaml, Instant createdAt) {
  public PolicyVersion {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    if (version < 1) {
      throw new IllegalArgumentException("a policy version is at least 1");
    }
  }

  /** The version of {@code agent}'s policy as it is now. */
  public static PolicyVersion of(Agent agent) {
    return new PolicyVersion(
        agent.id(),
        agent.policy().version(),
        agent.policy().name(),
        agent.policyYaml().orElse(null),
        agent.updatedAt());
  }

  /** The agent's own policy as YAML; empty for a built-in policy. */
  public Optional<String> customYaml() {
    return Optional.ofNullable(yaml);
  }

  /** Never the YAML: an account may write names into it. */
  @Override
  public String toString() {
    return "PolicyVersion[" + agentId + " v" + version + " " + name + "]";
  }
}
