package dev.masker.application.fake;

import dev.masker.application.port.out.KeptSession;
import dev.masker.application.port.out.TurnLog;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.session.TurnOutcome;
import dev.masker.domain.session.TurnRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Keeps every turn record in order, and reads them back as the sessions a store would keep ({@link
 * #sessions}): the in-memory side of {@code TurnLogContract}.
 */
public final class RecordingTurnLog implements TurnLog {
  private final List<TurnRecord> turns = new ArrayList<>();
  private long lost;

  @Override
  public synchronized void append(TurnRecord turn) {
    if (turn == null) {
      lost++;
      return;
    }
    turns.add(turn);
  }

  @Override
  public synchronized long lostRecords() {
    return lost;
  }

  public synchronized List<TurnRecord> turns() {
    return List.copyOf(turns);
  }

  /** The last record; fails when there is none. */
  public synchronized TurnRecord last() {
    if (turns.isEmpty()) {
      throw new AssertionError("no turn was recorded");
    }
    return turns.get(turns.size() - 1);
  }

  /**
   * The sessions of the agent's turns, oldest first: one per call the records name (agent and
   * external id), one per record that names none.
   */
  public synchronized List<KeptSession> sessions(AgentId agent) {
    var byKey = new LinkedHashMap<String, List<TurnRecord>>();
    for (var turn : turns) {
      if (turn.agentId().equals(agent)) {
        var key = turn.externalId().map(id -> "call:" + id).orElse("id:" + turn.session().value());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(turn);
      }
    }
    return byKey.values().stream()
        .map(RecordingTurnLog::kept)
        .sorted(
            Comparator.comparing(KeptSession::startedAt)
                .thenComparing(session -> session.id().value()))
        .toList();
  }

  private static KeptSession kept(List<TurnRecord> session) {
    var first = session.get(0);
    var startedAt = first.startedAt();
    var endedAt = first.endedAt();
    int failed = 0;
    boolean streamCut = false;
    int redactions = 0;
    long upstream = 0;
    var byKind = new TreeMap<String, Long>();
    for (var turn : session) {
      startedAt = turn.startedAt().isBefore(startedAt) ? turn.startedAt() : startedAt;
      endedAt = turn.endedAt().isAfter(endedAt) ? turn.endedAt() : endedAt;
      failed += turn.outcome().failed() ? 1 : 0;
      streamCut |= turn.outcome() == TurnOutcome.STREAM_BROKEN;
      redactions += turn.redactions().size();
      upstream += turn.durations().upstream();
      turn.redactions().forEach(r -> byKind.merge(r.event().kind().name(), 1L, Long::sum));
    }
    String status;
    if (failed == 0) {
      status = "ok";
    } else {
      status = failed == session.size() && !streamCut ? "error" : "partial";
    }
    return new KeptSession(
        first.session(),
        first.externalId(),
        startedAt,
        endedAt,
        session.size(),
        failed,
        status,
        redactions,
        byKind,
        upstream,
        session.stream().map(TurnRecord::startedAt).toList(),
        session.stream()
            .map(turn -> turn.modelPassSkipped().map(skip -> skip.reason().label()))
            .toList());
  }
}
