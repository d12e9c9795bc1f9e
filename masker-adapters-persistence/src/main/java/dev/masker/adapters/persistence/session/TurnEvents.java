package dev.masker.adapters.persistence.session;

import dev.masker.domain.chat.FieldMaskEvent;
import dev.masker.domain.masking.Action;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.rehydrate.RehydrationFailure;
import dev.masker.domain.session.TurnRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event rows of one turn (ADR 0005): one row per group of values that read the same, with how
 * many values it stands for. Redactions group by message, field, entity kind, pass, action, token
 * kind and key id, and a row keeps the span and confidence of its group's first value, so a lone
 * value reads exactly as before; failed rehydrations group by kind, scheme, key id and reason. Rows
 * come in the order their first value came. One large message repeating a few kinds of value gives
 * a few rows, not one per value.
 */
final class TurnEvents {
  private TurnEvents() {}

  /** A group of redactions: its first value and how many values it holds. */
  record RedactionRow(FieldMaskEvent first, int count) {}

  /** A group of failed rehydrations that read the same, and how many there were. */
  record FailureRow(RehydrationFailure failure, int count) {}

  private record RedactionKey(
      int messageIndex,
      String field,
      EntityKind kind,
      Pass pass,
      Action action,
      String tokenKind,
      String kid) {
    static RedactionKey of(FieldMaskEvent redaction) {
      var event = redaction.event();
      return new RedactionKey(
          redaction.messageIndex(),
          redaction.field(),
          event.kind(),
          event.pass(),
          event.action(),
          event.tokenKind(),
          event.kid());
    }
  }

  static List<RedactionRow> redactions(TurnRecord turn) {
    var groups = new LinkedHashMap<RedactionKey, Group<FieldMaskEvent>>();
    for (var redaction : turn.redactions()) {
      groups.computeIfAbsent(RedactionKey.of(redaction), key -> new Group<>(redaction)).count++;
    }
    var rows = new ArrayList<RedactionRow>(groups.size());
    groups.values().forEach(group -> rows.add(new RedactionRow(group.first, group.count)));
    return rows;
  }

  static List<FailureRow> failures(TurnRecord turn) {
    Map<RehydrationFailure, Group<RehydrationFailure>> groups = new LinkedHashMap<>();
    for (var failure : turn.rehydrationFailures()) {
      groups.computeIfAbsent(failure, key -> new Group<>(failure)).count++;
    }
    var rows = new ArrayList<FailureRow>(groups.size());
    groups.values().forEach(group -> rows.add(new FailureRow(group.first, group.count)));
    return rows;
  }

  private static final class Group<T> {
    private final T first;
    private int count;

    Group(T first) {
      this.first = first;
    }
  }
}
