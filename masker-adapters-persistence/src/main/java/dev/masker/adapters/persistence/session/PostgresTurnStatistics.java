package dev.masker.adapters.persistence.session;

import dev.masker.application.port.out.TurnStatistics;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalDouble;

/**
 * Ranks the added latency of an agent's recent turns in one query, inside the caller's transaction
 * (and so under its database deadline). Added latency is a turn's duration less its upstream time,
 * never below zero. The sessions that can hold such turns ended (last activity) inside the window:
 * the index {@code sessions_by_agent_ended} finds them, the turns primary key their turns.
 */
@ApplicationScoped
public class PostgresTurnStatistics implements TurnStatistics {
  private static final String RANK =
      "select count(*), coalesce(sum(t.redaction_count), 0),"
          + " percentile_cont(0.5) within group (order by a.added_ms),"
          + " percentile_cont(0.95) within group (order by a.added_ms)"
          + " from sessions s join turns t on t.session_id = s.id,"
          + " lateral (select greatest(0, extract(epoch from (t.ended_at - t.started_at)) * 1000"
          + "   - t.upstream_ns / 1000000.0) as added_ms) a"
          + " where s.agent_id = :agent and s.account_id = :account and s.ended_at >= :since"
          + " and t.started_at >= :since";

  private final EntityManager entities;

  public PostgresTurnStatistics(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public RecentTurns since(AccountId account, AgentId agent, Instant since) {
    var row =
        (Object[])
            entities
                .createNativeQuery(RANK)
                .setParameter("agent", agent.value())
                .setParameter("account", account.value())
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getSingleResult();
    long turns = ((Number) row[0]).longValue();
    if (turns == 0) {
      return RecentTurns.NONE;
    }
    return new RecentTurns(turns, ((Number) row[1]).longValue(), millis(row[2]), millis(row[3]));
  }

  private static OptionalDouble millis(Object value) {
    return value == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(((Number) value).doubleValue());
  }
}
