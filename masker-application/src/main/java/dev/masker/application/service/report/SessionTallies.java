package dev.masker.application.service.report;

import dev.masker.domain.audit.SessionReport;
import dev.masker.domain.session.RecordedEvent;
import dev.masker.domain.session.RecordedTurn;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a report counts of a session's events and turns: values masked by kind and by pass (the
 * {@code count} of each {@code redaction} event), and how rehydration went, in turns.
 */
record SessionTallies(
    Map<String, Long> redactionsByKind,
    Map<String, Long> redactionsByPass,
    SessionReport.Rehydration rehydration) {
  static final String REDACTION = "redaction";
  static final String REHYDRATION_FAILED = "rehydration_failed";

  static SessionTallies of(List<RecordedTurn> turns, List<RecordedEvent> events) {
    var byKind = new TreeMap<String, Long>();
    var byPass = new TreeMap<String, Long>();
    var turnsWithFailures = new HashSet<Integer>();
    long failedValues = 0;
    for (var event : events) {
      if (REDACTION.equals(event.kind())) {
        if (event.entityKind() != null) {
          byKind.merge(event.entityKind(), (long) event.count(), Long::sum);
        }
        if (event.pass() != null) {
          byPass.merge(event.pass(), (long) event.count(), Long::sum);
        }
      } else if (REHYDRATION_FAILED.equals(event.kind())) {
        turnsWithFailures.add(event.turn());
        failedValues += event.count();
      }
    }
    long ok =
        turns.stream()
            .filter(turn -> !turn.outcome().failed())
            .filter(turn -> !turnsWithFailures.contains(turn.number()))
            .count();
    return new SessionTallies(
        byKind, byPass, new SessionReport.Rehydration(ok, turnsWithFailures.size(), failedValues));
  }
}
