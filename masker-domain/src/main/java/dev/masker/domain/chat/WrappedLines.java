package dev.masker.domain.chat;

/**
 * A text whose lines were broken inside a sentence, read with those breaks as spaces:
 * speech-to-text segments of one utterance joined by line breaks ("my name is Ottilie" |
 * "Brackenridge"), and notes wrapped at a width, cut a name, a date or a street where the
 * recognizers read it whole only on one line (ADR 24). Only to learn from: what is learned is then
 * masked where it is by the known-value search.
 *
 * <p>A break counts when it is one line break (not a blank line) with a letter or digit right
 * before it and after it (spaces aside), and neither line around it is a label line ("Phone: …"
 * after "Name: Ottilie" must not make "Ottilie Phone" a name) nor a speaker's line (a transcript is
 * read speaker by speaker elsewhere). A text with no such break costs one scan for a line break.
 *
 * <p>Only texts of at most {@value #MAX_LENGTH} chars are read so: a caller's turn, a record a
 * look-up returns. A reading is detected again on every turn of a call (only the strings masked are
 * remembered), and a long system prompt whose lines end without a stop would pay a second detection
 * on each.
 */
final class WrappedLines {
  /** A label is a word or a few, at most this many chars, before a colon that opens a line. */
  private static final int LABEL = 32;

  /** The longest text read with its breaks joined. */
  static final int MAX_LENGTH = 2_000;

  private WrappedLines() {}

  /** The text with its breaks inside sentences read as spaces, or null when it has none. */
  static String of(String text) {
    int first = text.length() > MAX_LENGTH ? -1 : text.indexOf('\n');
    if (first < 0) {
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    for (int at = first; at >= 0; at = text.indexOf('\n', at + 1)) {
      int before = at;
      if (before > 0 && text.charAt(before - 1) == '\r') {
        before--;
      }
      int end = before;
      while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
        end--;
      }
      int next = at + 1;
      while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
        next++;
      }
      if (end == 0
          || next >= text.length()
          || !Character.isLetterOrDigit(text.charAt(end - 1))
          || !Character.isLetterOrDigit(text.charAt(next))
          || isLabelled(text, lineStart(text, end), end)
          || isLabelled(text, next, lineEnd(text, next))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, end).append(' ');
      copied = next;
    }
    return out == null ? null : out.append(text, copied, text.length()).toString();
  }

  private static int lineStart(String text, int at) {
    int start = text.lastIndexOf('\n', at - 1);
    return start + 1;
  }

  private static int lineEnd(String text, int at) {
    int end = text.indexOf('\n', at);
    return end < 0 ? text.length() : end;
  }

  /** Whether the line from {@code start} to {@code end} opens with a short label and a colon. */
  private static boolean isLabelled(String text, int start, int end) {
    int limit = Math.min(end, start + LABEL);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return i > start;
      }
      if (!Character.isLetterOrDigit(c) && c != ' ' && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return false;
  }
}
