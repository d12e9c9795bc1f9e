package dev.masker.application.port.in;

import dev.masker.domain.agent.PolicyVersion;
import java.util.Optional;

public interface GetPolicyVersionUseCase {
  /**
   * One version of the caller's agent's policy; empty when the agent id is malformed, unknown or
   * another account's, or the agent never had that version.
   */
  Optional<PolicyVersion> get(Caller caller, String agentId, int version);
}
