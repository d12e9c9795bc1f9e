package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.List;
import java.util.Locale;

/**
 * A labelled field written as an element of a markup record ({@code <city>Graz</city>}), for {@link
 * FormField}: its tag is read as a label, and a street value that holds a whole address is left to
 * the other rules.
 */
final class FieldElement {

  private FieldElement() {}

  /**
   * An element of a markup record at {@code open} ({@code <city>Graz</city>}, {@code
   * <postcode>8010</postcode>}): its tag names the field as a label would, and its text up to the
   * closing tag on the same line is the value. Returns where the value ends, or {@code from}.
   */
  static int at(String raw, CharSequence text, int open, int from, List<Detection> found) {
    int length = text.length();
    int close = open + 1;
    while (close < length
        && close - open <= FormField.MAX_LABEL
        && (Character.isLetterOrDigit(text.charAt(close))
            || "_-".indexOf(text.charAt(close)) >= 0)) {
      close++;
    }
    if (close == open + 1 || close >= length || text.charAt(close) != '>') {
      return from;
    }
    String label =
        FormField.singleSpaced(
                FormField.words(raw.substring(open + 1, close)).replace('_', ' ').replace('-', ' '))
            .strip()
            .toLowerCase(Locale.ROOT);
    EntityKind kind;
    if (FormField.PLACE_LABELS.contains(label)) {
      kind = EntityKind.LOCATION;
    } else if (FormField.STREET_LABELS.contains(label)
        || FormField.KEYED_STREET_LABELS.contains(label)) {
      kind = EntityKind.ADDRESS;
    } else if (FormField.POSTAL_LABELS.contains(label)) {
      kind = EntityKind.ZIP;
    } else {
      return from;
    }
    int valueStart = close + 1;
    int end = valueStart;
    while (end < length
        && end - valueStart <= FormField.MAX_VALUE
        && text.charAt(end) != '<'
        && text.charAt(end) != '\n') {
      end++;
    }
    if (end + 1 >= length || text.charAt(end) != '<' || text.charAt(end + 1) != '/') {
      return from; // no closing tag: not an element with text
    }
    int valueStartTrimmed = valueStart;
    while (valueStartTrimmed < end && text.charAt(valueStartTrimmed) == ' ') {
      valueStartTrimmed++;
    }
    int valueEnd = end;
    while (valueEnd > valueStartTrimmed && " .,".indexOf(text.charAt(valueEnd - 1)) >= 0) {
      valueEnd--;
    }
    if (kind == EntityKind.ADDRESS && FormField.wholeAddress(raw, valueStartTrimmed, valueEnd)) {
      return end;
    }
    FormField.report(raw, valueStartTrimmed, valueEnd, kind, found);
    return end;
  }
}
