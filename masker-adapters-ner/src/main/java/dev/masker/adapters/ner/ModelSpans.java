package dev.masker.adapters.ner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.ArrayList;
import java.util.List;

/**
 * The spans a model listed, checked against the text before any is used: a model's offsets are
 * often a little off and sometimes invented. A span is kept when its kind is a Masker kind, its
 * offsets lie inside the text, and the text at the offsets is the value it quotes — or, when it is
 * not, the quoted value occurs exactly once within {@link #NEARBY} chars of the offsets, and that
 * occurrence is kept instead. Every other span is dropped and counted; none is trusted.
 */
final class ModelSpans {
  /** How far from the given offsets a quoted value is looked for. */
  static final int NEARBY = 64;

  /** The confidence of a model's span: above the default threshold, below a validated pattern. */
  static final double CONFIDENCE = 0.85;

  private final List<Detection> kept = new ArrayList<>();
  private int dropped;

  private ModelSpans() {}

  /**
   * The spans of {@code spans} (a JSON array of {@code {start, end, kind, value}}) that hold in
   * {@code text}.
   */
  static ModelSpans check(String text, JsonNode spans) {
    var checked = new ModelSpans();
    for (var span : spans) {
      checked.checkOne(text, span);
    }
    return checked;
  }

  List<Detection> kept() {
    return List.copyOf(kept);
  }

  int dropped() {
    return dropped;
  }

  private void checkOne(String text, JsonNode span) {
    var start = span.get("start");
    var end = span.get("end");
    var kindName = span.get("kind");
    var quoted = span.get("value");
    if (start == null
        || end == null
        || kindName == null
        || quoted == null
        || !start.canConvertToInt()
        || !end.canConvertToInt()
        || !start.isIntegralNumber()
        || !end.isIntegralNumber()
        || !kindName.isTextual()
        || !quoted.isTextual()) {
      dropped++;
      return;
    }
    var kind = EntityKind.fromName(kindName.textValue());
    var value = quoted.textValue();
    int from = start.intValue();
    int to = end.intValue();
    if (kind.isEmpty()
        || !kindName.textValue().equals(kind.get().name())
        || value.isBlank()
        || from < 0
        || to <= from
        || to > text.length()) {
      dropped++;
      return;
    }
    int at =
        text.regionMatches(from, value, 0, value.length()) && to - from == value.length()
            ? from
            : uniquelyNear(text, value, from, to);
    if (at < 0) {
      dropped++;
      return;
    }
    kept.add(
        new Detection(
            kind.get(),
            at,
            at + value.length(),
            CONFIDENCE,
            Pass.NER,
            CanonicalValue.of(kind.get(), value)));
  }

  /** Where {@code value} occurs once within {@link #NEARBY} of {@code [from, to)}; else -1. */
  private static int uniquelyNear(String text, String value, int from, int to) {
    int low = Math.max(0, from - NEARBY);
    int high = Math.min(text.length(), to + NEARBY);
    int found = -1;
    for (int at = text.indexOf(value, low);
        at >= 0 && at + value.length() <= high;
        at = text.indexOf(value, at + 1)) {
      if (found >= 0) {
        return -1;
      }
      found = at;
    }
    return found;
  }
}
