package dev.masker.domain.chat;

/**
 * A vCard, an iCalendar entry or e-mail headers with their folded lines unfolded: those formats cut
 * a long line anywhere, even inside a word or a number, and go on on the next line after one space
 * or tab ("DESCRIPTION:DOB 1953-1" | " 1-04"). A model reads the line whole (ADR 22). Only to learn
 * from: what is learned is then masked where it is by the known-value search, which reads over the
 * break.
 *
 * <p>The text counts when it has two lines or more of a property or header ("NAME:" or "NAME;",
 * letters and dashes) and a line break followed by exactly one space or tab.
 */
final class FoldedLines {
  private FoldedLines() {}

  /** The text unfolded, or null when it is not such a record or holds no folded line. */
  static String of(String text) {
    if (text.indexOf("\n ") < 0 && text.indexOf("\n\t") < 0 || properties(text) < 2) {
      return null;
    }
    var out = new StringBuilder(text.length());
    int n = text.length();
    boolean folded = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int lineEnd =
          c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : c == '\n' ? i + 1 : -1;
      if (lineEnd > 0
          && lineEnd < n
          && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')
          && (lineEnd + 1 >= n || text.charAt(lineEnd + 1) != ' ')) {
        i = lineEnd; // the break and the one space after it are the fold
        folded = true;
        continue;
      }
      out.append(c);
    }
    return folded ? out.toString() : null;
  }

  /** How many lines open with a property or header name and a colon or semicolon. */
  private static int properties(String text) {
    int count = 0;
    int start = 0;
    while (start < text.length()) {
      int k = start;
      while (k < text.length() && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '-')) {
        k++;
      }
      if (k > start && k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == ';')) {
        count++;
      }
      int end = text.indexOf('\n', start);
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    return count;
  }
}
