package dev.masker.domain.chat;

/**
 * A text whose lines are CSV rows with no space after the commas ("Whitcombe,Greta,1958-07-22,
 * 3125550187"), read with a space after each comma of those lines: a model reads the cells apart,
 * but for detection a comma between two digit runs writes thousands ("52930471,3125550187") and a
 * surname glued to a first name by a comma is no name. Only to learn from: what is learned is
 * masked where it is by the known-value search.
 *
 * <p>A line counts when it has two commas or more, none followed by a space, and a cell holding a
 * letter ("1,234,567" is an amount).
 */
final class CommaSpaced {
  private CommaSpaced() {}

  /** The text read so, or null when no line of it is such a row. */
  static String of(String text) {
    if (text.indexOf(',') < 0) {
      return null;
    }
    StringBuilder out = null;
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (isRow(text, lineStart, lineEnd)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, lineStart);
        }
        for (int i = lineStart; i < lineEnd; i++) {
          out.append(text.charAt(i));
          if (text.charAt(i) == ',') {
            out.append(' ');
          }
        }
      } else if (out != null) {
        out.append(text, lineStart, lineEnd);
      }
      if (out != null && lineEnd < n) {
        out.append('\n');
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? null : out.toString();
  }

  private static boolean isRow(String text, int start, int end) {
    int commas = 0;
    boolean letter = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ',') {
        if (i + 1 < end && Character.isWhitespace(text.charAt(i + 1))) {
          return false;
        }
        commas++;
      } else if (Character.isLetter(c)) {
        letter = true;
      }
    }
    return commas >= 2 && letter;
  }
}
