package dev.masker.application.port.out;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** How many calls (sessions) agents have had lately, from the sessions the proxy recorded. */
public interface SessionCounts {
  /**
   * For each of {@code agents} of {@code account}, how many of its sessions started at or after
   * {@code since}; agents without any are left out. One query for all of them.
   */
  Map<AgentId, Long> startedSince(AccountId account, Collection<AgentId> agents, Instant since);
}
