package dev.masker.application.fake;

import dev.masker.application.port.out.TurnStatistics;
import dev.masker.domain.account.AccountId;
import dev.masker.domain.agent.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Turns a test says were served, summed and ranked as the PostgreSQL adapter does (percentiles
 * interpolated between the two nearest turns).
 */
public final class InMemoryTurnStatistics implements TurnStatistics {
  private record Served(
      AccountId account, AgentId agent, Instant at, int redactions, Duration added) {}

  private final List<Served> served = new CopyOnWriteArrayList<>();

  /** A turn of {@code agent} started at {@code at}, to which Masker added {@code added}. */
  public void served(AccountId account, AgentId agent, Instant at, int redactions, Duration added) {
    served.add(new Served(account, agent, at, redactions, added));
  }

  @Override
  public RecentTurns since(AccountId account, AgentId agent, Instant since) {
    var turns =
        served.stream()
            .filter(t -> t.account().equals(account) && t.agent().equals(agent))
            .filter(t -> !t.at().isBefore(since))
            .toList();
    if (turns.isEmpty()) {
      return RecentTurns.NONE;
    }
    var millis = turns.stream().mapToDouble(t -> t.added().toNanos() / 1e6).sorted().toArray();
    return new RecentTurns(
        turns.size(),
        turns.stream().mapToLong(Served::redactions).sum(),
        OptionalDouble.of(percentile(millis, 0.5)),
        OptionalDouble.of(percentile(millis, 0.95)));
  }

  private static double percentile(double[] sorted, double p) {
    double rank = p * (sorted.length - 1);
    int low = (int) Math.floor(rank);
    int high = (int) Math.ceil(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
  }
}
