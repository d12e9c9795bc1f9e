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
