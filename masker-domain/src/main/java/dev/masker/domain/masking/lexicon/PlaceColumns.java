package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.List;
import java.util.Locale;

/**
 * The cells of a table under a header row that names a place column: comma-, semicolon- or
 * tab-separated lines (a CSV export, a tool result) whose first line is a header of short labels,
 * one of them a street, postal-code or town label ("street,zip,city" over "Ilica 10,10000,Zagreb").
 * Each row under it with as many cells as the header gives the cells under those labels, read with
 * {@link FormField}'s shape tests (a town begins with a capital, a postal code is a code; a street
 * cell must hold its house number). A header cell is at most three words. The table ends at the
 * first line with another number of cells. One pass over the lines: linear.
 */
final class PlaceColumns {
  private static final int MAX_LABEL = 32;
  private static final int MAX_CELLS = 30;
  private static final int MAX_LABEL_WORDS = 3;
  private static final String DELIMITERS = "\t;,";

  private PlaceColumns() {}

  static void find(String raw, List<Detection> found) {
    CharSequence text = ScanSteps.readable(raw);
    int length = text.length();
    EntityKind[] columns = null;
    char delimiter = 0;
    int lineStart = 0;
    while (lineStart < length) {
      int lineEnd = lineStart;
      while (lineEnd < length && text.charAt(lineEnd) != '\n') {
        lineEnd++;
      }
      if (columns != null && !row(raw, text, lineStart, lineEnd, delimiter, columns, found)) {
        columns = null;
      }
      if (columns == null) {
        delimiter = delimiterOf(text, lineStart, lineEnd);
        columns = delimiter == 0 ? null : header(raw, text, lineStart, lineEnd, delimiter);
      }
      lineStart = lineEnd + 1;
    }
  }

  /** The first of tab, semicolon and comma the line holds (in that order of preference), or 0. */
  private static char delimiterOf(CharSequence text, int from, int to) {
    char best = 0;
    for (int c = from; c < to; c++) {
      int rank = DELIMITERS.indexOf(text.charAt(c));
      if (rank >= 0 && (best == 0 || rank < DELIMITERS.indexOf(best))) {
        best = DELIMITERS.charAt(rank);
      }
    }
    return best;
  }

  /** The end of the cell starting at {@code from}: the next delimiter on the line, or its end. */
  private static int cellEnd(CharSequence text, int from, int to, char delimiter) {
    int c = from;
    while (c < to && text.charAt(c) != delimiter) {
      c++;
    }
    return c;
  }

  /**
   * The kind each column's label names (null for other columns), when the line is a header: two to
   * {@link #MAX_CELLS} short labels of letters, digits, blanks, {@code _ - . /}, at least one of
   * them a place label. Otherwise null.
   */
  private static EntityKind[] header(
      String raw, CharSequence text, int from, int to, char delimiter) {
    int cells = count(text, from, to, delimiter);
    if (cells < 2 || cells > MAX_CELLS) {
      return null;
    }
    EntityKind[] kinds = new EntityKind[cells];
    boolean any = false;
    int cellStart = from;
    for (int k = 0; k < cells; k++) {
      int cellEnd = cellEnd(text, cellStart, to, delimiter);
      String label = cellEnd - cellStart > MAX_LABEL + 8 ? null : label(raw, cellStart, cellEnd);
      if (label == null) {
        return null;
      }
      kinds[k] = kindOf(label);
      any |= kinds[k] != null;
      cellStart = cellEnd + 1;
    }
    return any ? kinds : null;
  }

  private static EntityKind kindOf(String label) {
    if (FormField.PLACE_LABELS.contains(label)) {
      return EntityKind.LOCATION;
    }
    if (FormField.STREET_LABELS.contains(label)
        || label.equals("address")
        || label.equals("addr")) {
      return EntityKind.ADDRESS;
    }
    return FormField.POSTAL_LABELS.contains(label) ? EntityKind.ZIP : null;
  }

  /** A header cell as a lower-case label, or null when it is no short label. */
  private static String label(String raw, int from, int to) {
    String cell = raw.substring(from, to).strip();
    if (cell.length() >= 2 && cell.charAt(0) == '"' && cell.charAt(cell.length() - 1) == '"') {
      cell = cell.substring(1, cell.length() - 1).strip();
    }
    if (cell.isEmpty() || cell.length() > MAX_LABEL) {
      return null;
    }
    boolean letter = false;
    int words = 1;
    for (int c = 0; c < cell.length(); c++) {
      char ch = cell.charAt(c);
      letter |= Character.isLetter(ch);
      if (ch == ' ' && ++words > MAX_LABEL_WORDS) {
        return null;
      }
      if (!Character.isLetterOrDigit(ch) && " _-./".indexOf(ch) < 0) {
        return null;
      }
    }
    return letter ? cell.replace('_', ' ').toLowerCase(Locale.ROOT) : null;
  }

  /** Reports the labelled cells of a row; false when the row has another number of cells. */
  private static boolean row(
      String raw,
      CharSequence text,
      int from,
      int to,
      char delimiter,
      EntityKind[] columns,
      List<Detection> found) {
    if (count(text, from, to, delimiter) != columns.length) {
      return false;
    }
    int cellStart = from;
    for (EntityKind kind : columns) {
      int cellEnd = cellEnd(text, cellStart, to, delimiter);
      if (kind != null) {
        int start = cellStart;
        int end = cellEnd;
        while (start < end && (raw.charAt(start) == ' ' || raw.charAt(start) == '"')) {
          start++;
        }
        while (end > start
            && (raw.charAt(end - 1) == ' '
                || raw.charAt(end - 1) == '"'
                || raw.charAt(end - 1) == '\r')) {
          end--;
        }
        if (kind != EntityKind.ADDRESS || hasDigit(text, start, end)) {
          FormField.report(raw, start, end, kind, found); // a street cell holds its number
        }
      }
      cellStart = cellEnd + 1;
    }
    return true;
  }

  private static boolean hasDigit(CharSequence text, int from, int to) {
    for (int c = from; c < to; c++) {
      if (Character.isDigit(text.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  private static int count(CharSequence text, int from, int to, char delimiter) {
    int cells = 1;
    for (int c = from; c < to; c++) {
      if (text.charAt(c) == delimiter) {
        cells++;
      }
    }
    return cells;
  }
}
