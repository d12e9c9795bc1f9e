package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names that open a record row with no header and no label: "Corisande,Ravensholt,1957-03-14,
 * 307-555-0172,59317246". A line of four cells or more, parted by commas, semicolons or bars, at
 * least two of which are values found whole (a date, a phone number, a record number …), is a
 * person's record; the cells of letters before its first value, each of one to three words, are the
 * person's names. Cells after a value are left alone (a town, a sex, a plan).
 */
public final class NamesInRecordRows {
  private static final double CONFIDENCE = 0.7;
  private static final int MIN_CELLS = 4;
  private static final int MIN_VALUES = 2;
  private static final int MAX_WORDS = 3;

  /** The kinds whose values make a row a person's record. */
  private static final Set<EntityKind> VALUES =
      Set.of(
          EntityKind.DOB,
          EntityKind.DATE,
          EntityKind.PHONE,
          EntityKind.MRN,
          EntityKind.SSN,
          EntityKind.EMAIL,
          EntityKind.HEALTH_PLAN_ID,
          EntityKind.OTHER_ID,
          EntityKind.ACCOUNT);

  private NamesInRecordRows() {}

  /** The names opening the record rows of {@code text}, not yet covered by {@code resolved}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (resolved.size() < MIN_VALUES) {
      return out;
    }
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      row(text, lineStart, lineEnd, resolved, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void row(
      String text, int start, int end, List<Detection> resolved, List<Detection> out) {
    char mark = mark(text, start, end);
    if (mark == 0) {
      return;
    }
    var cells = new ArrayList<int[]>();
    int cell = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == mark) {
        cells.add(trimmed(text, cell, i));
        cell = i + 1;
      }
    }
    if (cells.size() < MIN_CELLS) {
      return;
    }
    int values = 0;
    int firstValue = -1;
    for (int c = 0; c < cells.size(); c++) {
      if (value(cells.get(c), resolved)) {
        values++;
        firstValue = firstValue < 0 ? c : firstValue;
      }
    }
    if (values < MIN_VALUES || firstValue < 1) {
      return;
    }
    var lexicon = Lexicon.standard();
    List<Detection> names = new ArrayList<>(firstValue);
    for (int c = 0; c < firstValue; c++) {
      int[] span = cells.get(c);
      int label = c == 0 ? text.indexOf(": ", span[0]) : -1;
      if (label >= 0 && label < span[1]) {
        span[0] = label + 2; // "query: Corisande,Ravensholt,…": a label before the row
      }
      if (!nameCell(text, span[0], span[1], lexicon)) {
        return; // a row that opens with something else than names is no person's record
      }
      if (!ResolvedSpans.overlap(resolved, span[0], span[1])) {
        names.add(ResolvedSpans.name(text, span[0], span[1], CONFIDENCE));
      }
    }
    out.addAll(names);
  }

  /** The mark that parts the cells of the line: the first of bar, semicolon and comma. */
  private static char mark(String text, int start, int end) {
    for (char mark : new char[] {'|', ';', ','}) {
      int count = 0;
      for (int i = start; i < end && count < MIN_CELLS - 1; i++) {
        count += text.charAt(i) == mark ? 1 : 0;
      }
      if (count >= MIN_CELLS - 1) {
        return mark;
      }
    }
    return 0;
  }

  private static int[] trimmed(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '"')) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '"')) {
      e--;
    }
    return new int[] {s, e};
  }

  /** Whether a resolved value of a record's kind covers the whole cell. */
  private static boolean value(int[] cell, List<Detection> resolved) {
    if (cell[1] <= cell[0]) {
      return false;
    }
    int i = ResolvedSpans.firstEndingAfter(resolved, cell[0]);
    if (i >= resolved.size()) {
      return false;
    }
    Detection d = resolved.get(i);
    return VALUES.contains(d.kind()) && d.start() <= cell[0] && d.end() >= cell[1];
  }

  /** One to three words of letters, none of them a function word, and not one common word. */
  private static boolean nameCell(String text, int start, int end, Lexicon lexicon) {
    if (end - start < 2) {
      return false;
    }
    String[] words = text.substring(start, end).split(" ");
    if (words.length > MAX_WORDS) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty()
          || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
          || lexicon.isFunctionWord(word.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return words.length > 1 || !lexicon.isCommonWord(words[0].toLowerCase(java.util.Locale.ROOT));
  }
}
