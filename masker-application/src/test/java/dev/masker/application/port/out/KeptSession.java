package dev.masker.application.port.out;

import dev.masker.domain.session.SessionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a {@link TurnLog} keeps of one session, as a reader of its store sees it: the totals of the
 * session row, and the start of each turn and whether it went without the model, in the order of
 * the turns' numbers.
 *
 * @param id the session id of the first record that reached the session
 * @param status {@code ok} (no turn failed), {@code error} (every turn failed and no stream was
 *     cut) or {@code partial}
 * @param redactionsByKind entity kind name to count, in name order
 * @param turnModelPassSkips for each turn in order, why its texts were masked without the model
 *     ({@code timeout}, {@code unreachable}, {@code status}, {@code malformed}), or empty
 */
public record KeptSession(
    SessionId id,
    Optional<String> externalId,
    Instant startedAt,
    Instant endedAt,
    int turnCount,
    int failedTurnCount,
    String status,
    int redactionCount,
    Map<String, Long> redactionsByKind,
    long upstreamNanos,
    List<Instant> turnStarts,
    List<Optional<String>> turnModelPassSkips) {
  public KeptSession {
    redactionsByKind = new TreeMap<>(redactionsByKind);
    turnStarts = List.copyOf(turnStarts);
    turnModelPassSkips = List.copyOf(turnModelPassSkips);
  }
}
