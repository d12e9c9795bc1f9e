package dev.masker.application.port.out;

import dev.masker.domain.agent.AgentEvent;

/**
 * Where the audit events of agents' lives go: with the events of the account's calls, so that the
 * account's audit trail holds both (docs/adr/0042-account-events-beside-session-events.md).
 * Appended inside the caller's transaction, so an event is kept exactly when its change is.
 */
public interface AgentEventLog {
  void append(AgentEvent event);
}
