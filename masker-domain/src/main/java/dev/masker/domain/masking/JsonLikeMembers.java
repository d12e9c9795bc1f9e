package dev.masker.domain.masking;

import dev.masker.domain.masking.LabelledCells.Cell;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.List;

/**
 * The members of a record written in a JSON-like text that a strict JSON parser refuses, read as
 * labelled cells for {@link LabelledCells}: a Python dict, JSON in a code fence or after a word,
 * one object a line, a trailing comma, keys without quotes, GraphQL arguments.
 */
final class JsonLikeMembers {
  /** Keys whose value a sibling names ({@code {system: mrn, value: …}}). */
  private static final java.util.Set<String> VALUE_KEYS =
      java.util.Set.of("value", "val", "v", "data");

  /** Keys that name what the {@code value} member of the same object holds. */
  private static final java.util.Set<String> NAMING_KEYS =
      java.util.Set.of("system", "type", "label", "name", "field", "key", "k", "code", "kind");

  private JsonLikeMembers() {}

  /** Whether no brace stands between {@code from} and {@code to} (at most 100 chars apart). */
  private static boolean sameObject(String s, int from, int to) {
    if (from < 0 || to - from > 100) {
      return false;
    }
    ScanSteps.record(to - from);
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '{' || s.charAt(i) == '}') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code 'family': 'Halvorsen'}, {@code "mrn": 40071882}, {@code family: "Halvorsen"}: the
   * members of a record in a JSON-like text a strict parser refuses (a Python dict, JSON in a code
   * fence or after a word, one object a line, a trailing comma, keys without quotes), each a key
   * (quoted, or a word after '{', ',' or a space) and a colon before a quoted value or a bare one
   * up to ',', '}', ']' or the line's end.
   */
  static void read(String s, List<Cell> cells) {
    int n = s.length();
    int from = 0;
    String named = null; // what a {system: mrn, value: …} member said the value after it is
    int namedEnd = -1;
    for (int colon = s.indexOf(':');
        colon >= 0;
        colon = s.indexOf(':', Math.max(colon + 1, from))) {
      int keyEnd = colon;
      while (keyEnd > 0 && keyEnd > colon - 3 && s.charAt(keyEnd - 1) == ' ') {
        keyEnd--;
      }
      int keyStart;
      int keyFrom;
      int keyTo;
      if (keyEnd > 0 && (s.charAt(keyEnd - 1) == '"' || s.charAt(keyEnd - 1) == '\'')) {
        char quote = s.charAt(keyEnd - 1);
        keyStart = keyEnd - 2;
        while (keyStart >= 0 && keyEnd - keyStart <= 42 && s.charAt(keyStart) != quote) {
          keyStart--;
        }
        ScanSteps.record(keyEnd - keyStart);
        if (keyStart < 0 || s.charAt(keyStart) != quote) {
          continue;
        }
        keyFrom = keyStart + 1;
        keyTo = keyEnd - 1;
      } else {
        keyStart = keyEnd;
        while (keyStart > 0
            && keyEnd - keyStart < 40
            && LabelledCells.isKeyChar(s.charAt(keyStart - 1))) {
          keyStart--;
        }
        ScanSteps.record(keyEnd - keyStart + 1);
        if (keyStart > 0 && "{(, \t\n".indexOf(s.charAt(keyStart - 1)) < 0) {
          continue;
        }
        keyFrom = keyStart;
        keyTo = keyEnd;
      }
      if (keyTo <= keyFrom || !Character.isLetter(s.charAt(keyFrom))) {
        continue;
      }
      int valueStart = colon + 1;
      while (valueStart < n && valueStart - colon <= 3 && s.charAt(valueStart) == ' ') {
        valueStart++;
      }
      if (valueStart >= n) {
        return;
      }
      char first = s.charAt(valueStart);
      if (first == '{' || first == '[') {
        continue; // a nested record or list: its own members are read after its key
      }
      int valueEnd;
      int cellStart;
      int cellEnd;
      if (first == '"' || first == '\'') {
        valueEnd = valueStart + 1;
        while (valueEnd < n
            && valueEnd - valueStart <= LabelledCells.MAX_CELL
            && s.charAt(valueEnd) != first
            && s.charAt(valueEnd) != '\n') {
          valueEnd += s.charAt(valueEnd) == '\\' ? 2 : 1;
        }
        ScanSteps.record(valueEnd - valueStart);
        if (valueEnd >= n || s.charAt(valueEnd) != first) {
          continue;
        }
        cellStart = valueStart + 1;
        cellEnd = valueEnd;
      } else {
        valueEnd = valueStart;
        while (valueEnd < n
            && valueEnd - valueStart <= LabelledCells.MAX_CELL
            && ",}]\n".indexOf(s.charAt(valueEnd)) < 0) {
          valueEnd++;
        }
        ScanSteps.record(valueEnd - valueStart + 1);
        cellStart = valueStart;
        cellEnd = valueEnd;
      }
      var key = LabelledCells.words(s.substring(keyFrom, keyTo));
      var label = key;
      if (VALUE_KEYS.contains(key) && named != null && sameObject(s, namedEnd, keyFrom)) {
        label = named; // {system: mrn, value: 40071882}
      }
      LabelledCells.addTrimmed(cells, label, s, cellStart, cellEnd, true);
      if (NAMING_KEYS.contains(key) && cellEnd - cellStart <= 40) {
        named = LabelledCells.words(s.substring(cellStart, cellEnd).strip());
        namedEnd = cellEnd;
      }
      from = valueEnd;
    }
  }
}
