package dev.masker.domain.masking;

import dev.masker.domain.masking.LabelledCells.Cell;
import dev.masker.domain.masking.text.ScanSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Records whose labels sit away from their values, in shapes {@link LabelledCells} does not read
 * line by line: an SQL {@code INSERT INTO t (name, mrn) VALUES ('…', …)} (every row of it) and a
 * {@code COPY t (…) FROM stdin} block; a one-line CSV whose header runs into its row ("name,dob,mrn
 * Greta Whitcombe,07/22/1958,52930471": the line break was lost); a fixed-width table (columns
 * parted by two spaces or more under a header of labels) and a LaTeX table ({@code &} between
 * cells, {@code \\} ending a row); and a value labelled after it in parentheses ("52930471 (MRN)").
 *
 * <p>A header or column list counts only where its cells are short labels and at least half of them
 * name a kind ({@link KeyedValue#namesKind}), so that ordinary lists and prose are left alone; the
 * cells under it are read with their column as the cue. A label in parentheses counts only where it
 * names a kind, and keys only the words before it back to a comma, semicolon, colon or line start.
 * Each shape is found in one linear pass.
 */
final class RecordCells {
  private static final int MAX_COLUMNS = 40;

  private RecordCells() {}

  /** Whether {@code text} may hold one of these shapes: cheap, for the usual turn. */
  static boolean mayHold(String text) {
    return text.indexOf('(') >= 0
        || text.indexOf("  ") >= 0
        || text.indexOf('&') >= 0
        || text.indexOf(',') >= 0
        || text.indexOf(';') >= 0;
  }

  /** Adds the labelled values of {@code s} to {@code cells}. */
  static void read(String s, List<Cell> cells) {
    if (s.indexOf('(') >= 0) {
      if (indexOfWord(s, "values", 0) >= 0 || indexOfWord(s, "copy", 0) >= 0) {
        var lower = s.toLowerCase(Locale.ROOT);
        inserts(s, lower, cells);
        copies(s, lower, cells);
      }
      labelsAfter(s, cells);
    }
    if (s.indexOf(',') >= 0 || s.indexOf(';') >= 0) {
      runInHeaders(s, cells);
    }
    if (s.indexOf('\n') >= 0 && (s.indexOf("  ") >= 0 || s.indexOf('&') >= 0)) {
      alignedTables(s, cells);
    }
  }

  /** Where {@code word} (lower case) first stands in {@code s} from {@code from}, in any case. */
  private static int indexOfWord(String s, String word, int from) {
    char first = word.charAt(0);
    for (int i = from; i + word.length() <= s.length(); i++) {
      char c = s.charAt(i);
      if ((c == first || c == Character.toUpperCase(first))
          && s.regionMatches(true, i, word, 0, word.length())) {
        return i;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------------------------------------
  // SQL

  /** {@code INSERT INTO t (c1, c2) VALUES (v1, v2), (v1, v2)}. */
  private static void inserts(String s, String lower, List<Cell> cells) {
    for (int at = lower.indexOf("insert"); at >= 0; at = lower.indexOf("insert", at + 1)) {
      int open = within(s, '(', at, 120);
      int close = open < 0 ? -1 : within(s, ')', open, 2 * LabelledCells.MAX_CELL);
      int values = close < 0 ? -1 : skip(lower, close + 1);
      if (values < 0 || !lower.startsWith("values", values)) {
        continue;
      }
      ScanSteps.record(values - at);
      var columns = columns(s, open + 1, close);
      if (columns == null) {
        continue;
      }
      int i = values + "values".length();
      while (true) {
        while (i < s.length()
            && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == ',')) {
          i++;
        }
        if (i >= s.length() || s.charAt(i) != '(') {
          break;
        }
        i = tuple(s, i + 1, columns, cells);
      }
      at = i - 1;
    }
  }

  /** The column labels between {@code from} and {@code to}, or null when they are no labels. */
  private static List<String> columns(String s, int from, int to) {
    var columns = new ArrayList<String>();
    for (var part : s.substring(from, to).split(",", -1)) {
      var column =
          part.strip().replace("\"", "").replace("`", "").replace("[", "").replace("]", "");
      if (!isIdentifier(column)) {
        return null;
      }
      columns.add(LabelledCells.words(column));
    }
    return namingHeader(columns) ? columns : null;
  }

  private static boolean isIdentifier(String word) {
    if (word.isEmpty() || word.length() > 40 || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Whether at least half of the labels of a header of two or more name a kind. */
  private static boolean namingHeader(List<String> labels) {
    if (labels.size() < 2 || labels.size() > MAX_COLUMNS) {
      return false;
    }
    int naming = 0;
    for (var label : labels) {
      if (KeyedValue.namesKind(label)) {
        naming++;
      }
    }
    return naming * 2 >= labels.size();
  }

  /** One tuple of values from {@code i} (after its parenthesis); returns where it ends. */
  private static int tuple(String s, int i, List<String> columns, List<Cell> cells) {
    int n = s.length();
    int column = 0;
    while (i < n && s.charAt(i) != ')') {
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      int start;
      int end;
      if (i < n && s.charAt(i) == '\'') {
        start = i + 1;
        end = start;
        while (end < n && end - start <= LabelledCells.MAX_CELL) {
          if (s.charAt(end) == '\'') {
            if (end + 1 < n && s.charAt(end + 1) == '\'') {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        i = end + 1;
      } else {
        start = i;
        end = i;
        while (end < n && s.charAt(end) != ',' && s.charAt(end) != ')' && end - start <= 60) {
          end++;
        }
        i = end;
      }
      ScanSteps.record(i - start + 1);
      if (column < columns.size() && end <= n) {
        LabelledCells.addTrimmed(cells, columns.get(column), s, start, Math.min(end, n));
      }
      column++;
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      if (i < n && s.charAt(i) == ',') {
        i++;
      } else if (i < n && s.charAt(i) != ')') {
        return i;
      }
    }
    return Math.min(i + 1, n);
  }

  /** {@code COPY t (c1, c2) FROM stdin;} and the tab-separated rows after it, to {@code \.}. */
  private static void copies(String s, String lower, List<Cell> cells) {
    for (int at = lower.indexOf("copy"); at >= 0; at = lower.indexOf("copy", at + 1)) {
      int open = within(s, '(', at, 120);
      int close = open < 0 ? -1 : within(s, ')', open, 2 * LabelledCells.MAX_CELL);
      int lineEnd = close < 0 ? -1 : within(s, '\n', close, 40);
      if (lineEnd < 0 || !lower.startsWith("from", skip(lower, close + 1))) {
        continue;
      }
      var columns = columns(s, open + 1, close);
      if (columns == null) {
        continue;
      }
      int lineStart = lineEnd + 1;
      while (lineStart < s.length()) {
        int end = s.indexOf('\n', lineStart);
        if (end < 0) {
          end = s.length();
        }
        if (s.startsWith("\\.", lineStart) || end == lineStart) {
          break;
        }
        split(s, lineStart, end, '\t', columns, cells);
        lineStart = end + 1;
      }
      at = lineStart - 1;
    }
  }

  /** Where {@code c} is first found from {@code from}, at most {@code span} chars on, or -1. */
  private static int within(String s, char c, int from, int span) {
    int end = Math.min(s.length(), from + span);
    for (int i = from; i < end; i++) {
      if (s.charAt(i) == c) {
        ScanSteps.record(i - from + 1);
        return i;
      }
    }
    ScanSteps.record(end - from);
    return -1;
  }

  /** {@code i} moved past at most eight spaces and line breaks. */
  private static int skip(String lower, int i) {
    int from = i;
    while (i > 0 && i < lower.length() && i - from < 8 && Character.isWhitespace(lower.charAt(i))) {
      i++;
    }
    return Math.max(i, 0);
  }

  /** The cells of a line parted by {@code delimiter}, labelled by {@code columns} in order. */
  private static void split(
      String s, int start, int end, char delimiter, List<String> columns, List<Cell> cells) {
    int column = 0;
    int cellStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == delimiter) {
        if (column < columns.size()) {
          LabelledCells.addTrimmed(cells, columns.get(column), s, cellStart, i);
        }
        column++;
        cellStart = i + 1;
      }
    }
    ScanSteps.record(end - start + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // A one-line CSV whose header runs into its row

  /**
   * "h1,h2,h3 v1,v2,v3": split at the delimiter, 2k - 1 cells, the first k - 1 labels, the k-th a
   * label, a space and the first value. The k-th cell's label is its first one to three words.
   */
  private static void runInHeaders(String s, List<Cell> cells) {
    int n = s.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      ScanSteps.record(lineEnd - lineStart + 1);
      for (char delimiter : new char[] {',', ';'}) {
        runInHeader(s, lineStart, lineEnd, delimiter, cells);
      }
      lineStart = lineEnd + 1;
    }
  }

  private static void runInHeader(String s, int start, int end, char delimiter, List<Cell> cells) {
    int count = 1;
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == delimiter) {
        count++;
      }
    }
    if (count < 3 || count % 2 == 0 || count > 2 * MAX_COLUMNS) {
      return;
    }
    int k = (count + 1) / 2;
    // The first k - 1 cells must be short labels: most lines fail at the first or second cell.
    int cellStart = start;
    for (int c = 0; c < k - 1; c++) {
      int cellEnd = s.indexOf(delimiter, cellStart);
      if (!isShortLabel(s, cellStart, cellEnd)) {
        return;
      }
      cellStart = cellEnd + 1;
    }
    var bounds = new ArrayList<int[]>(count);
    cellStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == delimiter) {
        bounds.add(new int[] {cellStart, i});
        cellStart = i + 1;
      }
    }
    var labels = new ArrayList<String>();
    for (int c = 0; c < k - 1; c++) {
      labels.add(LabelledCells.words(s.substring(bounds.get(c)[0], bounds.get(c)[1]).strip()));
    }
    // The k-th cell: a label of one to three words (the first that names a kind), a space, the
    // first value.
    var joint = bounds.get(k - 1);
    int labelEnd = -1;
    int words = 0;
    for (int i = joint[0] + 1; i < joint[1] && words < 3; i++) {
      if (s.charAt(i) == ' ' && s.charAt(i - 1) != ' ') {
        words++;
        var label = s.substring(joint[0], i).strip();
        if (isShortLabel(label)) {
          if (labelEnd < 0) {
            labelEnd = i;
          }
          if (KeyedValue.namesKind(LabelledCells.words(label))) {
            labelEnd = i;
            break;
          }
        }
      }
    }
    if (labelEnd < 0) {
      return;
    }
    labels.add(LabelledCells.words(s.substring(joint[0], labelEnd).strip()));
    if (!namingHeader(labels)) {
      return;
    }
    // A header of labels alone ("first name,last name,dob" before its rows) is no run-in row.
    boolean labelsOnly = isShortLabel(s.substring(labelEnd, joint[1]).strip());
    for (int c = k; c < bounds.size() && labelsOnly; c++) {
      labelsOnly = isShortLabel(s.substring(bounds.get(c)[0], bounds.get(c)[1]).strip());
    }
    if (labelsOnly) {
      return;
    }
    // "tremblay, born april 22 1956, i'm calling for the flu shot": after a first cell that names
    // no kind, a cell of a sentence is prose, not the value of the second label.
    boolean loose = !KeyedValue.namesKind(labels.get(0));
    LabelledCells.addTrimmed(cells, labels.get(0), s, labelEnd, joint[1]);
    for (int c = 1; c < k; c++) {
      var cell = bounds.get(k - 1 + c);
      if (!loose || s.substring(cell[0], cell[1]).strip().split("\\s+").length <= MAX_LOOSE_WORDS) {
        LabelledCells.addTrimmed(cells, labels.get(c), s, cell[0], cell[1]);
      }
    }
  }

  /** How many words a cell under a header that starts with no label may have. */
  private static final int MAX_LOOSE_WORDS = 3;

  /** Whether {@code s} from {@code start} to {@code end}, stripped, is a short label. */
  private static boolean isShortLabel(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end - start <= 30 && isShortLabel(s.substring(start, end));
  }

  /** A label of one to three words of letters (and {@code _ - .}), at most 30 chars. */
  private static boolean isShortLabel(String cell) {
    if (cell.isEmpty() || cell.length() > 30 || !Character.isLetter(cell.charAt(0))) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c) && c != '_' && c != '-' && c != '.' && c != '#') {
        return false;
      }
    }
    return words <= 3;
  }

  // ---------------------------------------------------------------------------------------------
  // Fixed-width and LaTeX tables

  private static void alignedTables(String s, List<Cell> cells) {
    int n = s.length();
    int lineStart = 0;
    List<String> header = null;
    boolean latex = false;
    while (lineStart < n) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      ScanSteps.record(lineEnd - lineStart + 1);
      int end = lineEnd;
      while (end > lineStart && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      boolean rowOfLatex = end - lineStart >= 2 && s.startsWith("\\\\", end - 2);
      if (rowOfLatex) {
        end -= 2;
      }
      var bounds = rowOfLatex ? cellsOf(s, lineStart, end, '&') : columnsOf(s, lineStart, end);
      if (header != null && latex == rowOfLatex && bounds.size() == header.size()) {
        for (int c = 0; c < bounds.size(); c++) {
          LabelledCells.addTrimmed(cells, header.get(c), s, bounds.get(c)[0], bounds.get(c)[1]);
        }
      } else {
        header = null;
        if (bounds.size() >= 2) {
          var labels = new ArrayList<String>();
          for (var b : bounds) {
            var cell = s.substring(b[0], b[1]).strip();
            if (!isShortLabel(cell)) {
              labels = null;
              break;
            }
            labels.add(LabelledCells.words(cell));
          }
          if (labels != null && namingHeader(labels)) {
            header = labels;
            latex = rowOfLatex;
          }
        }
      }
      lineStart = lineEnd + 1;
    }
  }

  /** The cells of a line parted by runs of two spaces or more (or tabs). */
  private static List<int[]> columnsOf(String s, int start, int end) {
    var bounds = new ArrayList<int[]>();
    int i = start;
    while (i < end && s.charAt(i) == ' ') {
      i++;
    }
    int cellStart = i;
    while (i < end) {
      char c = s.charAt(i);
      boolean gap =
          c == '\t'
              || (c == ' ' && i + 1 < end && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t'));
      if (gap) {
        bounds.add(new int[] {cellStart, i});
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
          i++;
        }
        cellStart = i;
        if (bounds.size() > MAX_COLUMNS) {
          return List.of();
        }
      } else {
        i++;
      }
    }
    if (cellStart < end) {
      bounds.add(new int[] {cellStart, end});
    }
    return bounds;
  }

  private static List<int[]> cellsOf(String s, int start, int end, char delimiter) {
    var bounds = new ArrayList<int[]>();
    int cellStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == delimiter) {
        bounds.add(new int[] {cellStart, i});
        cellStart = i + 1;
        if (bounds.size() > MAX_COLUMNS) {
          return List.of();
        }
      }
    }
    return bounds;
  }

  // ---------------------------------------------------------------------------------------------
  // A label after its value

  /** "52930471 (MRN)", "Whitcombe (surname)": the words before a parenthesised label. */
  private static void labelsAfter(String s, List<Cell> cells) {
    for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
      int close = open + 1;
      while (close < s.length() && close - open <= 30 && s.charAt(close) != ')') {
        close++;
      }
      ScanSteps.record(close - open + 1);
      if (close >= s.length() || s.charAt(close) != ')') {
        continue;
      }
      var label = s.substring(open + 1, close).strip();
      if (!isShortLabel(label) || !KeyedValue.namesKind(LabelledCells.words(label))) {
        continue;
      }
      int valueStart = open;
      while (valueStart > 0
          && open - valueStart < 60
          && ",;:\n(".indexOf(s.charAt(valueStart - 1)) < 0) {
        valueStart--;
      }
      ScanSteps.record(open - valueStart);
      LabelledCells.addTrimmed(cells, LabelledCells.words(label), s, valueStart, open, true);
    }
  }
}
