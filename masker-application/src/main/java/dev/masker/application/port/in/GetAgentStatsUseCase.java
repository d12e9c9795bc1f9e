package dev.masker.application.port.in;

import dev.masker.domain.agent.Agent;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

public interface GetAgentStatsUseCase {
  Duration DAY = Duration.ofHours(24);
  Duration WEEK = Duration.ofDays(7);

  /** The recent activity of {@code agent}, an agent of the caller's account. */
  Stats stats(Caller caller, Agent agent);

  /**
   * Sessions started in the last day and week (counted as the agent list counts them), values
   * redacted by turns of the last day, and the median and 95th percentile of the latency Masker
   * added to those turns, in milliseconds (empty without turns).
   */
  record Stats(
      long sessionsLastDay,
      long sessionsLastWeek,
      long redactionsLastDay,
      OptionalDouble p50AddedMillis,
      OptionalDouble p95AddedMillis) {
    public Stats {
      Objects.requireNonNull(p50AddedMillis, "p50AddedMillis");
      Objects.requireNonNull(p95AddedMillis, "p95AddedMillis");
    }
  }
}
