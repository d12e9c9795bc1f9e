package dev.masker.application.port.in;

import dev.masker.domain.agent.Agent;
import java.util.Optional;

public interface GetAgentUseCase {
  /**
   * The caller's agent of that id; empty when the id is malformed, unknown or another account's.
   */
  Optional<Agent> get(Caller caller, String agentId);
}
