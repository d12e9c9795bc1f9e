package dev.masker.application.port.out;

import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/** What an agent's recorded turns say about the time Masker added to them and what it masked. */
public interface TurnStatistics {
  /**
   * Over the turns of {@code agent} of {@code account} that started at or after {@code since}: how
   * many values were redacted, and the median and 95th percentile of the latency Masker added (a
   * turn's duration less its upstream time). One query.
   */
  RecentTurns since(AccountId account, AgentId agent, Instant since);

  /**
   * @param p50AddedMillis empty when there was no turn
   * @param p95AddedMillis empty when there was no turn
   */
  record RecentTurns(
      long turns, long redactions, OptionalDouble p50AddedMillis, OptionalDouble p95AddedMillis) {
    public static final RecentTurns NONE =
        new RecentTurns(0, 0, OptionalDouble.empty(), OptionalDouble.empty());

    public RecentTurns {
      Objects.requireNonNull(p50AddedMillis, "p50AddedMillis");
      Objects.requireNonNull(p95AddedMillis, "p95AddedMillis");
      if (turns < 0 || redactions < 0) {
        throw new IllegalArgumentException("counts are never negative");
      }
    }
  }
}
