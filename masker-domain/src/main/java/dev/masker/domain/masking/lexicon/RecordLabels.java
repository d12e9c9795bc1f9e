package dev.masker.domain.masking.lexicon;

import java.util.Set;

/**
 * A record's label in capitals right after a name and before its value ("Zelphine Quarrendale DOB
 * 08/19/1952", "… MRN 73920584"), as notes, tool results and predicted outputs write a record on
 * one line (ADR 32): the label is no word of the name, and the name before it stands alone.
 */
final class RecordLabels {
  /** Labels a record line writes in capitals before a value. */
  private static final Set<String> LABELS =
      Set.of("dob", "mrn", "dod", "ssn", "ph", "tel", "mr", "id", "zip", "mbi");

  private RecordLabels() {}

  /**
   * Whether a label in capitals with a number or a date after it follows {@code end}, after a comma
   * or a semicolon and blanks ("Drovaskin, Ysmaray, DOB 11/27/1948"): the name before ends a
   * record's cell (ADR 34).
   */
  static boolean followsCell(String text, int end) {
    int i = end;
    int n = text.length();
    if (i < n && (text.charAt(i) == ',' || text.charAt(i) == ';')) {
      i++;
    }
    while (i < n && text.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < n && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
      i++;
    }
    if (i == start
        || i < n && Character.isLetter(text.charAt(i))
        || !LABELS.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    while (i < n && (text.charAt(i) == ':' || text.charAt(i) == '#' || text.charAt(i) == ' ')) {
      i++;
    }
    return i < n && Character.isDigit(text.charAt(i));
  }

  /** Whether token {@code i} is a label in capitals with a number or a date right after it. */
  static boolean valueAfter(TokenizedText text, int i) {
    if (i + 1 >= text.size() || !LABELS.contains(text.word(i)) || !NameWords.acronym(text, i)) {
      return false;
    }
    int value = text.start(i + 1);
    return text.gapBefore(i + 1) != TokenizedText.GAP_STOP
            && Character.isDigit(text.text().charAt(value))
        || text.text().charAt(text.end(i)) == ':' && Character.isDigit(text.text().charAt(value));
  }
}
