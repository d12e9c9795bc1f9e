package dev.masker.application.fake;

import dev.masker.application.port.out.KeptSession;
import dev.masker.application.port.out.TurnLog;
import dev.masker.domain.agent.AgentId;
import dev.masker.domain.session.CallMark;
import dev.masker.domain.session.SessionRecord;
import dev.masker.domain.session.TurnOutcome;
import dev.masker.domain.session.TurnRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * Keeps every turn record and call mark in order, and reads them back as the sessions a store would
 * keep ({@link #sessions}): the in-memory side of {@code TurnLogContract}.
 */
public final class RecordingTurnLog implements TurnLog {
  private final List<TurnRecord> turns = new ArrayList<>();
  private final List<SessionRecord> records = new ArrayList<>();
  private long lost;

  @Override
  public synchronized void append(TurnRecord turn) {
    if (turn == null) {
      lost++;
      return;
    }
    turns.add(turn);
    records.add(turn);
  }

  @Override
  public synchronized void mark(CallMark mark) {
    if (mark == null) {
      lost++;
      return;
    }
    records.add(mark);
  }

  /** The call marks, in the order they came. */
  public synchronized List<CallMark> marks() {
    return records.stream().filter(CallMark.class::isInstance).map(CallMark.class::cast).toList();
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
    var byKey = new LinkedHashMap<String, List<SessionRecord>>();
    for (var record : records) {
      if (record.agentId().equals(agent)) {
        var key =
            record.externalId().map(id -> "call:" + id).orElse("id:" + record.session().value());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
      }
    }
    return byKey.values().stream()
        .map(RecordingTurnLog::kept)
        .sorted(
            Comparator.comparing(KeptSession::startedAt)
                .thenComparing(session -> session.id().value()))
        .toList();
  }

  private static KeptSession kept(List<SessionRecord> records) {
    var first = records.get(0);
    var startedAt = first.startedAt();
    var endedAt = first.endedAt();
    for (var record : records) {
      startedAt = record.startedAt().isBefore(startedAt) ? record.startedAt() : startedAt;
      endedAt = record.endedAt().isAfter(endedAt) ? record.endedAt() : endedAt;
    }
    var session =
        records.stream().filter(TurnRecord.class::isInstance).map(TurnRecord.class::cast).toList();
    int failed = 0;
    boolean streamCut = false;
    int redactions = 0;
    long upstream = 0;
    var byKind = new TreeMap<String, Long>();
    for (var turn : session) {
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
