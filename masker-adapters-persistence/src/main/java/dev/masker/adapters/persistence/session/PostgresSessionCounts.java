package dev.masker.adapters.persistence.session;

import dev.masker.application.port.out.SessionCounts;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the recorded {@code sessions} of a page of agents in one grouped query, inside the
 * caller's transaction (and so under its database deadline). The index {@code
 * sessions_by_agent_newest_first} (V12) makes it one range scan per agent.
 */
@ApplicationScoped
public class PostgresSessionCounts implements SessionCounts {
  private static final String COUNT =
      "select agent_id, count(*) from sessions"
          + " where account_id = :account and agent_id in (:agents) and started_at >= :since"
          + " group by agent_id";

  private final EntityManager entities;

  public PostgresSessionCounts(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public Map<AgentId, Long> startedSince(
      AccountId account, Collection<AgentId> agents, Instant since) {
    if (agents.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entities
            .createNativeQuery(COUNT)
            .setParameter("account", account.value())
            .setParameter("agents", agents.stream().map(AgentId::value).toList())
            .setParameter("since", since)
            .getResultList();
    var counts = new HashMap<AgentId, Long>();
    for (var row : rows) {
      counts.put(new AgentId((String) row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }
}
