package dev.masker.domain.masking;

import dev.masker.domain.masking.text.ScanSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The values a text labels by its structure rather than in words: the content of an XML or HTML
 * element ({@code <family>Halvorsen</family>}, labelled "family") and the cells of a table under
 * its header row (CSV, TSV, semicolon-separated, markdown tables: "last name" over "Halvorsen").
 * Pasted records look like this in prompts and tool results; the label is the only cue a bare
 * surname or number has there, as the key is in JSON ({@link KeyedValue}).
 *
 * <p>Also a "label: value" line of a multi-line text ("family: Halvorsen", in markdown "**Last
 * name:** Halvorsen"), a member of a JSON-like record ({@code {'family': 'Halvorsen'}}) and a
 * {@code key=value} pair ({@code family=Halvorsen&dob=1961-03-14}, or quoted as an XML attribute:
 * {@code family="Halvorsen"}); those count only where the label names a kind.
 *
 * <p>Found in one linear pass for each shape; a label is read as lower-case words ({@code
 * familyName}, {@code family_name}: "family name"). Cells of at most {@value #MAX_CELL} chars; a
 * header is a line of two cells or more, each a short label with a letter (at most {@value
 * #MAX_LABEL_WORDS} words) and no sentence end; a comma- or semicolon-separated row counts only
 * with as many cells as its header.
 */
final class LabelledCells {
  static final int MAX_CELL = 200;
  static final int MAX_LABEL_WORDS = 4;

  /**
   * One labelled value: its label as words and its span in the text; a {@code keyedOnly} cell (a
   * "label: value" line, a {@code key=value} pair) counts only where its label names a kind ({@link
   * KeyedValue}), a table or element cell is read with its label as the cue.
   */
  record Cell(String label, int start, int end, boolean keyedOnly) {
    Cell(String label, int start, int end) {
      this(label, start, end, false);
    }

    @Override
    public String toString() {
      return "Cell[" + start + ", " + end + "]"; // never the label or the value
    }
  }

  private LabelledCells() {}

  /** Whether the text may hold labelled cells at all: a tag, or a line break. */
  static boolean mayHold(String text) {
    return text.indexOf('<') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('=') >= 0
        || text.indexOf('{') >= 0
        || InlineLabels.mayHold(text)
        || Hl7Cells.mayHold(text)
        || X12Cells.mayHold(text)
        || RecordCells.mayHold(text);
  }

  /**
   * What {@code detect} (a value with its label as the cue) finds in the table and element cells of
   * {@code text}, and {@code keyed} (the kind the label names) in its label lines and pairs, with
   * spans in {@code text}.
   */
  static List<Detection> detections(
      String text,
      BiFunction<String, String, List<Detection>> detect,
      BiFunction<String, String, List<Detection>> keyed) {
    if (!mayHold(text)) {
      return List.of();
    }
    var found = new ArrayList<Detection>();
    for (var cell : of(text)) {
      var value = text.substring(cell.start(), cell.end());
      var inCell = (cell.keyedOnly() ? keyed : detect).apply(cell.label(), value);
      for (var d : inCell) {
        found.add(
            new Detection(
                d.kind(),
                d.start() + cell.start(),
                d.end() + cell.start(),
                d.confidence(),
                d.pass(),
                d.canonical()));
      }
    }
    return found;
  }

  /** Every labelled cell of {@code text}, elements first, then table cells. */
  static List<Cell> of(String text) {
    var cells = new ArrayList<Cell>();
    if (text.indexOf('<') >= 0) {
      MarkupCells.elements(text, cells);
    }
    if (text.indexOf('\n') >= 0) {
      tables(text, cells);
      labelLines(text, cells);
    }
    if (text.indexOf('=') >= 0) {
      pairs(text, cells);
    }
    if (InlineLabels.mayHold(text)) {
      InlineLabels.read(text, cells);
    }
    if (text.indexOf('{') >= 0) {
      JsonLikeMembers.read(text, cells);
    }
    if (Hl7Cells.mayHold(text)) {
      Hl7Cells.segments(text, cells);
    }
    if (X12Cells.mayHold(text)) {
      X12Cells.segments(text, cells);
    }
    if (RecordCells.mayHold(text)) {
      RecordCells.read(text, cells);
    }
    return cells;
  }

  /** "family: Halvorsen", "- member_id: XJH447122": a label and its value on a line of its own. */
  private static void labelLines(String s, List<Cell> cells) {
    int n = s.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int i = lineStart;
      while (i < lineEnd && i - lineStart < 8 && isLeadingMarkup(s.charAt(i))) {
        i++;
      }
      int colon = i;
      while (colon < lineEnd && colon - i <= 40 && s.charAt(colon) != ':') {
        colon++;
      }
      ScanSteps.record(colon - lineStart + 1);
      if (colon < lineEnd && s.charAt(colon) == ':' && colon > i) {
        int labelEnd = colon;
        while (labelEnd > i && isEmphasis(s.charAt(labelEnd - 1))) {
          labelEnd--;
        }
        var label = s.substring(i, labelEnd).strip();
        int valueStart = colon + 1;
        while (valueStart < lineEnd
            && valueStart - colon <= 3
            && isEmphasis(s.charAt(valueStart))) {
          valueStart++; // the closing "**" of "**Last name:** Halvorsen"
        }
        if (isLabel(label)) {
          addTrimmed(cells, words(label), s, valueStart, lineEnd, true);
        }
      }
      lineStart = lineEnd + 1;
    }
  }

  /** {@code family=Halvorsen&member_id=XJH447122}: query strings, form data, log lines. */
  private static void pairs(String s, List<Cell> cells) {
    int n = s.length();
    String named = null; // what a name="surname" attribute said the value="…" after it is
    int namedEnd = -1;
    for (int eq = s.indexOf('='); eq >= 0; eq = s.indexOf('=', eq + 1)) {
      // "mrn = 40071882", "family => Halvorsen", "mrn := …": spaces, an arrow, an assignment
      int keyEnd = eq;
      if (keyEnd > 0 && s.charAt(keyEnd - 1) == ':') {
        keyEnd--;
      }
      while (keyEnd > 0 && eq - keyEnd < 3 && s.charAt(keyEnd - 1) == ' ') {
        keyEnd--;
      }
      if (keyEnd > 0 && s.charAt(keyEnd - 1) == ']') {
        // a bracketed key of form data, the last bracket naming the value: patient[mrn]=…
        int open = keyEnd - 2;
        while (open >= 0 && keyEnd - open <= 40 && s.charAt(open) != '[') {
          open--;
        }
        ScanSteps.record(keyEnd - open);
        if (open > 0
            && keyEnd - open <= 40
            && s.charAt(open) == '['
            && (isKeyChar(s.charAt(open - 1)) || s.charAt(open - 1) == ']')) {
          keyEnd = open + 1 + bracketKeyLength(s, open + 1, keyEnd - 1);
        }
      }
      int keyStart = keyEnd;
      while (keyStart > 0 && keyEnd - keyStart < 40 && isKeyChar(s.charAt(keyStart - 1))) {
        keyStart--;
      }
      ScanSteps.record(eq - keyStart + 1);
      if (keyStart == keyEnd
          || !Character.isLetter(s.charAt(keyStart))
          || (keyStart > 0 && isKeyChar(s.charAt(keyStart - 1)))) {
        continue;
      }
      int valueStart = eq + 1;
      if (valueStart < n && (s.charAt(valueStart) == '>' || s.charAt(valueStart) == '=')) {
        valueStart++;
      }
      if (keyEnd < eq || valueStart > eq + 1) {
        while (valueStart < n && valueStart - eq < 4 && s.charAt(valueStart) == ' ') {
          valueStart++;
        }
      }
      if (valueStart < n && (s.charAt(valueStart) == '"' || s.charAt(valueStart) == '\'')) {
        // an XML or HTML attribute, a quoted pair: family="Halvorsen", name='Dagny Halvorsen'
        char quote = s.charAt(valueStart);
        int closing = valueStart + 1;
        while (closing < n && closing - eq <= MAX_CELL && s.charAt(closing) != quote) {
          closing++;
        }
        ScanSteps.record(closing - eq);
        if (closing < n && s.charAt(closing) == quote) {
          var key = words(s.substring(keyStart, keyEnd));
          var label = key;
          if (key.equals("value") && named != null && sameTag(s, namedEnd, keyStart)) {
            label = named; // <input name="surname" value="Halvorsen">
          }
          addTrimmed(cells, label, s, valueStart + 1, closing, true);
          if (NAMING_KEYS.contains(key) && closing - valueStart <= 41) {
            named = words(s.substring(valueStart + 1, closing));
            namedEnd = closing;
          }
        }
        continue;
      }
      int valueEnd = valueStart;
      // iCalendar's and a directory's common name runs to its ':' or ';' ("CN=Dagny Halvorsen:…")
      boolean common = eq - keyStart == 2 && s.regionMatches(true, keyStart, "cn", 0, 2);
      while (valueEnd < n
          && valueEnd - eq <= MAX_CELL
          && !(common ? ":;\n\r".indexOf(s.charAt(valueEnd)) >= 0 : endsPair(s.charAt(valueEnd)))) {
        valueEnd++;
      }
      ScanSteps.record(valueEnd - eq);
      addTrimmed(cells, words(s.substring(keyStart, keyEnd)), s, valueStart, valueEnd, true);
    }
  }

  /**
   * How much of {@code s[from, to)} (a bracketed key's inside) is key chars from its start: the
   * whole of it for {@code mrn}, none for a bracket holding anything else, so no key is read.
   */
  private static int bracketKeyLength(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isKeyChar(s.charAt(i))) {
        return 0;
      }
    }
    return to - from;
  }

  /** Before a label: indentation, a list's dash, markdown's emphasis, heading and quote marks. */
  private static boolean isLeadingMarkup(char c) {
    return c == ' ' || c == '\t' || c == '-' || c == '#' || c == '>' || isEmphasis(c);
  }

  private static boolean isEmphasis(char c) {
    return c == '*' || c == '_' || c == '`';
  }

  /** Attributes that say what the {@code value} attribute of the same tag holds. */
  private static final Set<String> NAMING_KEYS = Set.of("name", "id", "field", "label", "key");

  /** Whether nothing but attributes stands between {@code from} and {@code to} (at most 100). */
  private static boolean sameTag(String s, int from, int to) {
    if (from < 0 || to - from > 100) {
      return false;
    }
    ScanSteps.record(to - from);
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '<' || s.charAt(i) == '>') {
        return false;
      }
    }
    return true;
  }

  static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
  }

  private static boolean endsPair(char c) {
    return c == '&' || c == ';' || c == ',' || Character.isWhitespace(c);
  }

  private static void tables(String s, List<Cell> cells) {
    int n = s.length();
    int lineStart = 0;
    List<String> header = null;
    char delimiter = 0;
    while (lineStart <= n) {
      int lineEnd = s.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int end = lineEnd > lineStart && s.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      ScanSteps.record(lineEnd - lineStart + 1);
      if (header != null && within(s, delimiter, lineStart, end)) {
        if (!isRule(s, lineStart, end)) {
          row(s, lineStart, end, delimiter, header, cells);
          pair(s, lineStart, end, delimiter, false, cells);
        }
      } else {
        header = null;
        delimiter = delimiterOf(s, lineStart, end);
        if (delimiter != 0) {
          header = header(s, lineStart, end, delimiter);
          pair(s, lineStart, end, delimiter, true, cells);
        }
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * A line of two cells whose first is a label that names a kind ("| mrn | 40071882 |", "last
   * name,Halvorsen"): the second cell, labelled by the first, counts where that label names its
   * kind, whatever the header says (a table of fields and values, or a first line taken for a
   * header). On a {@code firstLine} the second cell must not name a kind itself ("| name | mrn |"
   * is a header).
   */
  private static void pair(
      String s, int start, int end, char delimiter, boolean firstLine, List<Cell> cells) {
    int first = -1;
    int second = -1;
    int count = 0;
    int cellStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == delimiter) {
        boolean edge =
            delimiter == '|'
                && (cellStart == start || i == end)
                && s.substring(cellStart, i).isBlank();
        if (!edge) {
          if (count == 0) {
            first = cellStart;
          } else if (count == 1) {
            second = cellStart;
          }
          count++;
        }
        cellStart = i + 1;
      }
    }
    if (count != 2) {
      return;
    }
    int firstEnd = s.indexOf(delimiter, first);
    int secondEnd = second;
    while (secondEnd < end && s.charAt(secondEnd) != delimiter) {
      secondEnd++;
    }
    var label = s.substring(first, firstEnd).strip();
    if (!isLabel(label) || !KeyedValue.namesKind(words(label))) {
      return;
    }
    if (firstLine && KeyedValue.namesKind(words(s.substring(second, secondEnd).strip()))) {
      return;
    }
    addTrimmed(cells, words(label), s, second, secondEnd, true);
  }

  /** The delimiter a header line uses, or 0. */
  private static char delimiterOf(String s, int start, int end) {
    for (char d : new char[] {'|', '\t', ';', ','}) {
      if (within(s, d, start, end)) {
        return d;
      }
    }
    return 0;
  }

  private static boolean within(String s, char c, int start, int end) {
    for (int i = start; i < end; i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** The labels of a header line, or null when the line is no header. */
  private static List<String> header(String s, int start, int end, char delimiter) {
    var labels = new ArrayList<String>();
    int cellStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == delimiter) {
        var cell = s.substring(cellStart, i).strip();
        boolean edge = cell.isEmpty() && delimiter == '|' && (cellStart == start || i == end);
        if (!edge) {
          if (!isLabel(cell)) {
            return null;
          }
          labels.add(words(cell));
        }
        cellStart = i + 1;
      }
    }
    return labels.size() >= 2 ? labels : null;
  }

  private static boolean isLabel(String cell) {
    if (cell.isEmpty() || cell.length() > 40) {
      return false;
    }
    boolean letter = false;
    int words = 1;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      letter |= Character.isLetter(c);
      if (c == ' ') {
        words++;
      }
      if (c == '?' || c == '!' || c == '"' || (c == '.' && i == cell.length() - 1)) {
        return false;
      }
    }
    return letter && words <= MAX_LABEL_WORDS;
  }

  /** A markdown rule line ({@code |---|:--:|}). */
  private static boolean isRule(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c != '-' && c != ':' && c != '|' && c != ' ' && c != '\t' && c != '+' && c != '=') {
        return false;
      }
    }
    return true;
  }

  private static void row(
      String s, int start, int end, char delimiter, List<String> header, List<Cell> cells) {
    var found = new ArrayList<Cell>();
    int column = 0;
    int cellStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || s.charAt(i) == delimiter) {
        boolean edge =
            delimiter == '|'
                && (cellStart == start || i == end)
                && s.substring(cellStart, i).isBlank();
        if (!edge) {
          if (column < header.size()) {
            addTrimmed(found, header.get(column), s, cellStart, i);
          }
          column++;
        }
        cellStart = i + 1;
      }
    }
    boolean strict = delimiter == ',' || delimiter == ';';
    if (!strict || column == header.size()) {
      cells.addAll(found);
    }
  }

  static void addTrimmed(List<Cell> cells, String label, String s, int start, int end) {
    addTrimmed(cells, label, s, start, end, false);
  }

  static void addTrimmed(
      List<Cell> cells, String label, String s, int start, int end, boolean keyedOnly) {
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end > start && end - start <= MAX_CELL) {
      cells.add(new Cell(label, start, end, keyedOnly));
    }
  }

  /** A label as lower-case words: {@code familyName}, {@code family_name}, "Family Name". */
  static String words(String label) {
    var words = new StringBuilder(label.length() + 4);
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c == '_' || c == '-' || c == '.' || c == ':') {
        words.append(' ');
      } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(label.charAt(i - 1))) {
        words.append(' ').append(Character.toLowerCase(c));
      } else {
        words.append(Character.toLowerCase(c));
      }
    }
    return words.toString().strip();
  }
}
