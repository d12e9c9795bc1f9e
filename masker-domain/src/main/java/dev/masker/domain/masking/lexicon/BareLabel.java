package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.List;
import java.util.Locale;

/**
 * Labels written without their colon, for {@link FormField}: a postal-code label right before a
 * code ("ZIP code 134 69, Sweden", "Post code LV-3316 was wrong") and, after a postal code and a
 * comma, a place label before the town ("Postal code 26200, town Oulu"). Each reads a bounded
 * number of chars.
 */
final class BareLabel {
  private BareLabel() {}

  /**
   * A postal-code label with no colon and a code right after it ("ZIP code 134 69, Sweden", "Post
   * code LV-3316 was wrong"): the code is the run of capitals, digits, spaces and hyphens after the
   * label, cut back to a whole word. Labels that are also ordinary abbreviations ("CP", "cap") need
   * their colon. Returns where the code ends, or {@code from}.
   */
  static int code(String raw, CharSequence text, int start, int from, List<Detection> found) {
    int length = text.length();
    for (int space = start; space < length && space - start < FormField.MAX_LABEL; space++) {
      char c = text.charAt(space);
      if (c != ' ') {
        if (!Character.isLetter(c) && c != '.') {
          return from;
        }
        continue;
      }
      if (space - start > FormField.LONGEST_POSTAL_LABEL + 4) {
        return from; // longer than any postal label, even with a few doubled spaces
      }
      String label = FormField.singleSpaced(raw.substring(start, space).toLowerCase(Locale.ROOT));
      if (!FormField.POSTAL_LABELS.contains(label)
          || FormField.AMBIGUOUS_POSTAL_LABELS.contains(label)) {
        continue;
      }
      int codeStart = space + 1;
      int end = codeStart;
      while (end < length
          && end - codeStart <= 10
          && (Character.isDigit(text.charAt(end))
              || text.charAt(end) >= 'A' && text.charAt(end) <= 'Z'
              || text.charAt(end) == ' '
              || text.charAt(end) == '-')) {
        end++;
      }
      if (end < length && Character.isLetterOrDigit(text.charAt(end))) {
        while (end > codeStart && text.charAt(end - 1) != ' ') {
          end--; // "12345 was": not into the next word
        }
      }
      int codeEnd = end;
      while (codeEnd > codeStart && " -".indexOf(text.charAt(codeEnd - 1)) >= 0) {
        codeEnd--;
      }
      if (FormField.report(raw, codeStart, codeEnd, EntityKind.ZIP, found)) {
        return codeEnd;
      }
    }
    return from;
  }

  /**
   * "Postal code 26200, town Oulu": right after a postal code this class found and a comma, a place
   * label without its colon and a town up to the end of the segment. Returns where the town ends,
   * or {@code from}.
   */
  static int townAfterCode(String raw, CharSequence text, int from, List<Detection> found) {
    if (found.isEmpty() || found.get(found.size() - 1).kind() != EntityKind.ZIP) {
      return from;
    }
    int comma = from - 1;
    if (comma < 0 || text.charAt(comma) != ',') {
      return from;
    }
    int back = comma;
    while (back > 0 && text.charAt(back - 1) == ' ') {
      back--;
    }
    if (found.get(found.size() - 1).end() != back) {
      return from;
    }
    int start = from;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    int space = start;
    while (space < text.length()
        && space - start < FormField.MAX_LABEL
        && Character.isLetter(text.charAt(space))) {
      space++;
    }
    if (space == start
        || space >= text.length()
        || text.charAt(space) != ' '
        || !FormField.PLACE_LABELS.contains(raw.substring(start, space).toLowerCase(Locale.ROOT))) {
      return from;
    }
    int valueStart = space + 1;
    int end = valueStart;
    while (end < text.length()
        && end - valueStart <= FormField.MAX_VALUE
        && !FormField.isSeparatorAt(text, end)
        && text.charAt(end) != ','
        && !(text.charAt(end) == '.'
            && (end + 1 >= text.length() || text.charAt(end + 1) == ' '))) {
      end++;
    }
    return end > valueStart && FormField.report(raw, valueStart, end, EntityKind.LOCATION, found)
        ? end
        : from;
  }
}
