package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.MonotonicUlids;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionCounts} must do, run against the in-memory fake and the PostgreSQL
 * adapter. Each test uses accounts and agents of its own.
 */
public abstract class SessionCountsContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  private static final Instant NOW = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final Instant DAY_AGO = NOW.minusSeconds(24 * 3600);

  protected abstract SessionCounts counts();

  protected abstract TransactionRunner tx();

  /** Records a session of {@code agent} in {@code account} that started at {@code at}. */
  protected abstract void sessionStarted(AccountId account, AgentId agent, Instant at);

  private final AccountId account = AccountId.next(IDS);

  private Map<AgentId, Long> count(List<AgentId> agents) {
    return tx().inTransaction(() -> counts().startedSince(account, agents, DAY_AGO));
  }

  @Test
  void each_agent_counts_the_sessions_it_started_since_then() {
    var busy = AgentId.next(IDS);
    var quiet = AgentId.next(IDS);
    sessionStarted(account, busy, NOW.minusSeconds(60));
    sessionStarted(account, busy, NOW.minusSeconds(3600));
    sessionStarted(account, busy, DAY_AGO);
    sessionStarted(account, quiet, NOW.minusSeconds(5));

    assertThat(count(List.of(busy, quiet))).containsOnly(Map.entry(busy, 3L), Map.entry(quiet, 1L));
  }

  @Test
  void sessions_started_before_then_are_not_counted_and_agents_without_any_are_left_out() {
    var old = AgentId.next(IDS);
    var idle = AgentId.next(IDS);
    sessionStarted(account, old, DAY_AGO.minusMillis(1));

    assertThat(count(List.of(old, idle))).isEmpty();
  }

  @Test
  void only_the_agents_asked_for_are_counted() {
    var asked = AgentId.next(IDS);
    var other = AgentId.next(IDS);
    sessionStarted(account, asked, NOW);
    sessionStarted(account, other, NOW);

    assertThat(count(List.of(asked))).containsOnly(Map.entry(asked, 1L));
  }

  @Test
  void another_accounts_sessions_never_count() {
    var agent = AgentId.next(IDS);
    sessionStarted(AccountId.next(IDS), agent, NOW);

    assertThat(count(List.of(agent))).isEmpty();
  }
}
