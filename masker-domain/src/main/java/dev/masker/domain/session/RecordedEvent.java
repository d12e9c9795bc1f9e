package dev.masker.domain.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One event row of a session (SPEC §5), which stands for {@code count} values of one turn that read
 * the same (docs/adr/0005-turn-recording.md). Fields a kind does not have are null: a redaction has
 * no {@code reason}, a failed rehydration no span. Never a value or a token body.
 *
 * @param turn the turn the event happened in, counted from 1; null for the marks of the call
 *     ({@code call_started}, {@code call_ended}), which belong to no turn
 * @param messageIndex the message the value was in, -1 for a top-level field
 * @param spanStart where the first value of the row starts, in code points of its field
 * @param spanEnd where it ends (exclusive)
 */
public record RecordedEvent(
    String id,
    SessionId sessionId,
    String kind,
    Instant ts,
    Integer turn,
    Integer messageIndex,
    String field,
    String pass,
    Integer spanStart,
    Integer spanEnd,
    Double confidence,
    String action,
    String entityKind,
    String tokenKind,
    String kid,
    String reason,
    int count) {
  public RecordedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ts, "ts");
    if ((turn != null && turn < 1) || count < 1) {
      throw new IllegalArgumentException("turns count from 1 and an event stands for a value");
    }
    if ((spanStart == null) != (spanEnd == null)) {
      throw new IllegalArgumentException("a span has both ends or none");
    }
  }
}
