package dev.masker.domain.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One proxied request of a call, as recorded.
 *
 * @param number the turn's place in its session, from 1
 * @param status the HTTP status the caller got
 * @param modelPassSkipped why the model-based pass gave no answer for this turn, when it did not
 */
public record RecordedTurn(
    int number,
    Instant startedAt,
    Instant endedAt,
    TurnOutcome outcome,
    int status,
    int redactionCount,
    StageDurations durations,
    Optional<String> modelPassSkipped) {
  public RecordedTurn {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(durations, "durations");
    Objects.requireNonNull(modelPassSkipped, "modelPassSkipped");
    if (number < 1 || redactionCount < 0) {
      throw new IllegalArgumentException("turns count from 1 and redactions from 0");
    }
  }
}
