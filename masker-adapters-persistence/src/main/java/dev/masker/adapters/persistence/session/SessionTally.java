package dev.masker.adapters.persistence.session;

import dev.masker.domain.session.CallMark;
import dev.masker.domain.session.SessionRecord;
import dev.masker.domain.session.StageDurations;
import dev.masker.domain.session.TurnOutcome;
import dev.masker.domain.session.TurnRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The turns and call marks of one session within a batch, added up, so that the session row is
 * written once per batch however many of its turns the batch holds. A session is the platform's
 * call (agent and external id) when the record names one, else the record's own session id.
 */
final class SessionTally {
  /** Sessions keyed by a call come first, then the others, each in key order. */
  static final Comparator<SessionTally> WRITE_ORDER =
      Comparator.comparing((SessionTally tally) -> tally.key.startsWith("id:"))
          .thenComparing(tally -> tally.key);

  private final String key;
  private final SessionRecord first;
  private final List<SessionRecord> records = new ArrayList<>();
  private final List<TurnRecord> turns = new ArrayList<>();
  private final Map<String, Long> redactionsByKind = new TreeMap<>();
  private Instant startedAt;
  private Instant endedAt;
  private int failedTurns;
  private boolean streamCut;
  private int redactions;
  private StageDurations durations = StageDurations.NONE;
  private String upstreamModel;

  private SessionTally(String key, SessionRecord first) {
    this.key = key;
    this.first = first;
    this.startedAt = first.startedAt();
    this.endedAt = first.endedAt();
  }

  /** The sessions of a batch, each with its records in the order they were appended. */
  static List<SessionTally> of(List<? extends SessionRecord> batch) {
    var tallies = new LinkedHashMap<String, SessionTally>();
    for (var record : batch) {
      var tally = tallies.computeIfAbsent(keyOf(record), key -> new SessionTally(key, record));
      if (record instanceof TurnRecord turn) {
        tally.add(turn);
      } else {
        tally.add((CallMark) record);
      }
    }
    var ordered = new ArrayList<>(tallies.values());
    ordered.sort(WRITE_ORDER);
    return ordered;
  }

  private static String keyOf(SessionRecord record) {
    return record
        .externalId()
        .map(external -> "call:" + record.agentId().value() + ":" + external)
        .orElseGet(() -> "id:" + record.session().value());
  }

  /** A mark moves the session's bounds to its moment: a call that ended is over then. */
  private void add(CallMark mark) {
    records.add(mark);
    if (mark.at().isBefore(startedAt)) {
      startedAt = mark.at();
    }
    if (mark.at().isAfter(endedAt)) {
      endedAt = mark.at();
    }
    if (upstreamModel == null) {
      upstreamModel = mark.upstreamModel().orElse(null);
    }
  }

  private void add(TurnRecord turn) {
    records.add(turn);
    turns.add(turn);
    if (turn.startedAt().isBefore(startedAt)) {
      startedAt = turn.startedAt();
    }
    if (turn.endedAt().isAfter(endedAt)) {
      endedAt = turn.endedAt();
    }
    if (turn.outcome().failed()) {
      failedTurns++;
    }
    if (turn.outcome() == TurnOutcome.STREAM_BROKEN) {
      streamCut = true;
    }
    for (var redaction : turn.redactions()) {
      redactionsByKind.merge(redaction.event().kind().name(), 1L, Long::sum);
    }
    redactions += turn.redactions().size();
    durations = durations.plus(turn.durations());
    if (upstreamModel == null) {
      upstreamModel = turn.upstreamModel().orElse(null);
    }
  }

  /** The record that creates the session row when there is none yet. */
  SessionRecord first() {
    return first;
  }

  boolean keyedByCall() {
    return first.externalId().isPresent();
  }

  List<TurnRecord> turns() {
    return turns;
  }

  /** The turns and marks, in the order they were appended. */
  List<SessionRecord> records() {
    return records;
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant endedAt() {
    return endedAt;
  }

  int failedTurns() {
    return failedTurns;
  }

  int redactions() {
    return redactions;
  }

  StageDurations durations() {
    return durations;
  }

  String upstreamModel() {
    return upstreamModel;
  }

  /**
   * SPEC §5 over these turns alone: {@code ok} when none failed, {@code error} when all failed and
   * no stream was cut (the caller got nothing), {@code partial} otherwise. The row's status
   * combines with this one as "equal stays, different is partial", which gives the same answer as
   * the rule over all turns of the session.
   */
  String status() {
    // A tally of marks alone says "ok", which the upsert never lets change a status (V19).
    if (failedTurns == 0) {
      return "ok";
    }
    return failedTurns == turns.size() && !streamCut ? "error" : "partial";
  }

  /** {@code {"NAME":2,"PHONE":1}}: kind names are upper-case words, so nothing needs escaping. */
  String redactionsByKindJson() {
    var json = new StringBuilder("{");
    redactionsByKind.forEach(
        (kind, count) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append('"').append(kind).append("\":").append(count);
        });
    return json.append('}').toString();
  }
}
