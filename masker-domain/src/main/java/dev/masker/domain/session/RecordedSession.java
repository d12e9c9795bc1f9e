package dev.masker.domain.session;

import dev.masker.domain.agent.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A call as the turn log recorded it (SPEC §5): counts and durations only, never a value, a token
 * body or the caller's own call id (only its keyed hash, {@code externalId}).
 *
 * @param turnCount the turns proxied so far; 0 for a call a voice platform announced (a {@code
 *     call_started} event) before its first turn
 * @param redactionsByKind how many values of each entity kind were masked, by kind name
 * @param upstreamModel the model the upstream was asked for; empty for a stub agent
 * @param durations the stage durations summed over the turns, in nanoseconds
 */
public record RecordedSession(
    SessionId id,
    AgentId agentId,
    String agentName,
    Optional<String> externalId,
    Instant startedAt,
    Instant endedAt,
    SessionStatus status,
    int turnCount,
    int redactionCount,
    Map<String, Long> redactionsByKind,
    Optional<String> upstreamModel,
    String policyName,
    int policyVersion,
    StageDurations durations) {
  public RecordedSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(agentName, "agentName");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(endedAt, "endedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(upstreamModel, "upstreamModel");
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(durations, "durations");
    if (endedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException("a session never ends before it starts");
    }
    // A call the voice platform announced (SPEC §7) is a session before its first turn.
    if (turnCount < 0 || redactionCount < 0) {
      throw new IllegalArgumentException("a session has no negative count");
    }
    redactionsByKind = Collections.unmodifiableMap(new TreeMap<>(redactionsByKind));
  }

  /** From the first turn's start to the last activity. */
  public Duration duration() {
    return Duration.between(startedAt, endedAt);
  }
}
