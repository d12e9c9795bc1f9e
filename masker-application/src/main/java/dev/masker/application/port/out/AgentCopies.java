package dev.masker.application.port.out;

import dev.masker.domain.agent.AgentId;

/**
 * Copies of agents this process keeps to serve the proxy without a database read per turn. Told
 * when an agent changed or went, so this process serves the change from its next turn; other
 * processes see it when their copy expires.
 */
public interface AgentCopies {
  void forget(AgentId agent);
}
