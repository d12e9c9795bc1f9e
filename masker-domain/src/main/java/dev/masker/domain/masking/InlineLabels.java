package dev.masker.domain.masking;

import dev.masker.domain.masking.lexicon.NamePart;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.List;

/**
 * Labels inside one line of a record: "last: Halvorsen; first: Dagny", "Caller -- surname:
 * Halvorsen | MRN: 40071882". Each value ends at a semicolon or a bar (or its label starts after
 * one), as a record is written on one line; the label is the one to three words right before the
 * colon and must name a kind. A bare "first" or "last" labels a name only when no word of the value
 * is an ordinary one ("last: week; next: monday" is no name). Part of {@link LabelledCells}.
 */
final class InlineLabels {
  private InlineLabels() {}

  /** Whether the text may hold such labels: a colon and a semicolon or a bar. */
  static boolean mayHold(String text) {
    return text.indexOf(':') >= 0 && (text.indexOf(';') >= 0 || text.indexOf('|') >= 0);
  }

  /** Adds the labelled values of {@code s} to {@code cells} (keyed only). */
  static void read(String s, List<LabelledCells.Cell> cells) {
    int n = s.length();
    for (int colon = s.indexOf(':'); colon >= 0; colon = s.indexOf(':', colon + 1)) {
      int labelStart = colon;
      int words = 0;
      while (labelStart > 0 && colon - labelStart < 40) {
        char c = s.charAt(labelStart - 1);
        if (c == ' ') {
          if (labelStart < colon && s.charAt(labelStart) != ' ') {
            words++;
          }
          if (words >= 3) {
            break;
          }
        } else if (!Character.isLetterOrDigit(c) && c != '_') {
          break;
        }
        labelStart--;
      }
      while (labelStart < colon && s.charAt(labelStart) == ' ') {
        labelStart++;
      }
      int valueEnd = colon + 1;
      while (valueEnd < n
          && valueEnd - colon <= LabelledCells.MAX_CELL
          && !endsInlineValue(s.charAt(valueEnd))) {
        valueEnd++;
      }
      ScanSteps.record(valueEnd - labelStart + 1);
      if (labelStart == colon || !Character.isLetter(s.charAt(labelStart))) {
        continue;
      }
      boolean delimited =
          valueEnd < n && (s.charAt(valueEnd) == ';' || s.charAt(valueEnd) == '|')
              || afterRecordSeparator(s, labelStart);
      var label = LabelledCells.words(s.substring(labelStart, colon));
      if (!delimited || !KeyedValue.namesKind(label)) {
        continue;
      }
      if ((label.equals("first") || label.equals("last"))
          && hasOrdinaryWord(s.substring(colon + 1, valueEnd))) {
        continue;
      }
      LabelledCells.addTrimmed(cells, label, s, colon + 1, valueEnd, true);
    }
  }

  private static boolean endsInlineValue(char c) {
    return c == ';' || c == '|' || c == '\n' || c == '\r';
  }

  /** Whether a semicolon or a bar stands right before {@code i}, spaces apart. */
  private static boolean afterRecordSeparator(String s, int i) {
    int k = i - 1;
    while (k >= 0 && k > i - 4 && s.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && (s.charAt(k) == ';' || s.charAt(k) == '|');
  }

  private static boolean hasOrdinaryWord(String value) {
    for (var word : value.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+")) {
      if (!word.isEmpty() && NamePart.isOrdinaryWord(word)) {
        return true;
      }
    }
    return false;
  }
}
