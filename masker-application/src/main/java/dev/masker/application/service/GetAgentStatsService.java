package dev.masker.application.service;

import dev.masker.application.port.in.Caller;
import dev.masker.application.port.in.GetAgentStatsUseCase;
import dev.masker.application.port.out.SessionCounts;
import dev.masker.application.port.out.TransactionRunner;
import dev.masker.application.port.out.TurnStatistics;
import dev.masker.domain.agent.Agent;
import java.time.Clock;
import java.util.List;

/**
 * An agent's recent activity from what the proxy recorded. Sessions are counted by the same port
 * and rule as the agent list's {@code session_count_24h} (sessions started in the window), so the
 * list and the agent never disagree; redactions and added latency come from the turns of the last
 * day. One transaction, three queries.
 */
public final class GetAgentStatsService implements GetAgentStatsUseCase {
  private final SessionCounts sessions;
  private final TurnStatistics turns;
  private final TransactionRunner tx;
  private final Clock clock;

  public GetAgentStatsService(
      SessionCounts sessions, TurnStatistics turns, TransactionRunner tx, Clock clock) {
    this.sessions = sessions;
    this.turns = turns;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Stats stats(Caller caller, Agent agent) {
    if (!agent.accountId().equals(caller.accountId())) {
      throw new IllegalArgumentException("an agent of another account");
    }
    var now = clock.instant();
    var account = caller.accountId();
    var ids = List.of(agent.id());
    return tx.inTransaction(
        () -> {
          long day =
              sessions.startedSince(account, ids, now.minus(DAY)).getOrDefault(agent.id(), 0L);
          long week =
              sessions.startedSince(account, ids, now.minus(WEEK)).getOrDefault(agent.id(), 0L);
          var recent = turns.since(account, agent.id(), now.minus(DAY));
          return new Stats(
              day, week, recent.redactions(), recent.p50AddedMillis(), recent.p95AddedMillis());
        });
  }
}
