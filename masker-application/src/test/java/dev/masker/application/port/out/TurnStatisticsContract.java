package dev.masker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.common.MonotonicUlids;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TurnStatistics} must do, run against the in-memory fake and the PostgreSQL
 * adapter. Each test uses accounts and agents of its own.
 */
public abstract class TurnStatisticsContract {
  private static final MonotonicUlids IDS = new MonotonicUlids();
  protected static final Instant NOW = Instant.parse("2026-05-03T21:14:32.481Z");
  private static final Instant DAY_AGO = NOW.minus(Duration.ofHours(24));

  protected abstract TurnStatistics statistics();

  protected abstract TransactionRunner tx();

  /**
   * Records a one-turn call of {@code agent} whose turn started at {@code at}, took {@code total}
   * of which {@code upstream} was the upstream's, and redacted {@code redactions} values.
   */
  protected abstract void turnServed(
      AccountId account,
      AgentId agent,
      Instant at,
      Duration total,
      Duration upstream,
      int redactions);

  private final AccountId account = AccountId.next(IDS);

  private TurnStatistics.RecentTurns since(AgentId agent) {
    return tx().inTransaction(() -> statistics().since(account, agent, DAY_AGO));
  }

  @Test
  void the_added_latency_is_the_turns_time_less_the_upstreams_ranked_over_the_day() {
    var agent = AgentId.next(IDS);
    for (int i = 1; i <= 5; i++) {
      turnServed(
          account,
          agent,
          NOW.minus(Duration.ofMinutes(i)),
          Duration.ofMillis(100 + i),
          Duration.ofMillis(100),
          i);
    }

    var recent = since(agent);

    assertThat(recent.turns()).isEqualTo(5);
    assertThat(recent.redactions()).isEqualTo(15);
    assertThat(recent.p50AddedMillis().getAsDouble()).isCloseTo(3.0, within());
    assertThat(recent.p95AddedMillis().getAsDouble()).isCloseTo(4.8, within());
  }

  @Test
  void turns_before_the_window_and_of_other_agents_or_accounts_do_not_count() {
    var agent = AgentId.next(IDS);
    var other = AgentId.next(IDS);
    turnServed(account, agent, DAY_AGO.minusSeconds(1), Duration.ofSeconds(9), Duration.ZERO, 50);
    turnServed(account, other, NOW, Duration.ofSeconds(9), Duration.ZERO, 50);
    turnServed(AccountId.next(IDS), agent, NOW, Duration.ofSeconds(9), Duration.ZERO, 50);

    assertThat(since(agent)).isEqualTo(TurnStatistics.RecentTurns.NONE);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }
}
