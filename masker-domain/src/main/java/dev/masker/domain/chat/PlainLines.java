package dev.masker.domain.chat;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * A text of several lines as a listener reads it, its line markup dropped: list markers ("- 415",
 * "2) 555"), quote marks, checkboxes, table bars and rules, timestamps ("[00:04]") and the speaker
 * labels of a transcript ("Caller:", "Agent:", "Speaker 2:"), the lines joined by spaces, and a
 * question that ends its line read as the label of the line that answers it ("Agent: what's your
 * MRN?" | "Caller: 40071882" reads "what's your MRN: 40071882"). A value spread over list items or
 * table cells, or answering a question a line before, is whole in it. The proxy reads it only to
 * learn from; what is learned is then masked where it is, in the text as written.
 */
final class PlainLines {
  /** Words that open a speaker label of a transcript, in lower case. */
  private static final Set<String> SPEAKERS =
      Set.of(
          "caller",
          "agent",
          "user",
          "assistant",
          "ai",
          "bot",
          "customer",
          "client",
          "patient",
          "rep",
          "representative",
          "operator",
          "receptionist",
          "speaker",
          "human",
          "me",
          "q",
          "a",
          "question",
          "answer",
          "interviewer",
          "voicemail",
          "transcript",
          "system",
          "member",
          "nurse",
          "doctor",
          "dr",
          "provider",
          "staff",
          "scheduler",
          "pharmacist",
          "host",
          "guest",
          "them",
          "us",
          "inbound",
          "outbound",
          "spk",
          "person");

  /** Bullets that mark a list item when a space follows them. */
  private static final String BULLETS = "-*+\u2022\u00b7\u2023\u25e6\u25aa\u25cf\u2013\u2014";

  /** Courtesy words a question may end with ("can I get your last name please?"). */
  private static final Set<String> COURTESY =
      Set.of(
          "please", "again", "today", "now", "too", "sir", "madam", "ma'am", "there", "quickly",
          "thanks", "then", "real", "quick", "for", "me", "us", "as", "well", "pls", "plz");

  /** A label is at most this many chars, a timestamp or list number at most this many. */
  private static final int LABEL = 24;

  private static final int STAMP = 14;

  private PlainLines() {}

  /** {@code text} read without its line markup, or null when it has none to drop. */
  static String of(String text) {
    if (text.indexOf('\n') < 0) {
      return null;
    }
    var lines = new ArrayList<String>();
    boolean changed = false;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      var line = text.substring(start, end).strip();
      var content = content(line);
      changed |= content.length() != line.length();
      if (!content.isBlank()) {
        lines.add(content);
      }
      start = end + 1;
    }
    var out = new StringBuilder(text.length());
    for (int i = 0; i < lines.size(); i++) {
      var line = lines.get(i);
      if (i > 0) {
        out.append(' ');
      }
      if (line.endsWith("?") && i + 1 < lines.size()) {
        out.append(asLabel(line));
        changed = true;
      } else {
        out.append(line);
      }
    }
    return changed ? out.toString() : null;
  }

  /** A stripped line without its markup: table bars, timestamps, quote marks, bullets, labels. */
  private static String content(String line) {
    if (line.startsWith("|")) {
      // a table row: its cells side by side; a rule ("|---|:--|") is nothing
      var cells = line.replace('|', ' ').strip();
      return isRule(cells) ? "" : cells;
    }
    int i = 0;
    for (int round = 0; round < 4; round++) {
      int from = i;
      i = skipSpaces(line, skipMarker(line, i));
      if (i == from) {
        break;
      }
    }
    return line.substring(i);
  }

  private static boolean isRule(String cells) {
    for (int i = 0; i < cells.length(); i++) {
      char c = cells.charAt(i);
      if (c != '-' && c != ':' && c != ' ' && c != '=') {
        return false;
      }
    }
    return true;
  }

  private static int skipSpaces(String line, int i) {
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The end of one marker at {@code i} (a bullet, a quote mark, a number, a stamp, a label). */
  private static int skipMarker(String line, int i) {
    if (i >= line.length()) {
      return i;
    }
    char c = line.charAt(i);
    if (c == '>') {
      return i + 1;
    }
    boolean spaced = i + 1 < line.length() && line.charAt(i + 1) == ' ';
    if (BULLETS.indexOf(c) >= 0 && spaced) {
      return i + 1;
    }
    if (c == '[' || c == '(') {
      // a timestamp "[00:04]", "(0:04)" or a checkbox "[ ]", "[x]"
      int close = line.indexOf(c == '[' ? ']' : ')', i);
      if (close > i && close - i <= STAMP && isStamp(line, i + 1, close)) {
        return close + 1;
      }
      return i;
    }
    int j = i;
    while (j < line.length() && j - i < STAMP && isStampChar(line.charAt(j))) {
      j++;
    }
    if (j > i && Character.isDigit(c)) {
      // "2) 555", "3. 0134": a list number of one or two digits; "00:04 " a timestamp
      if (j - i <= 2 && j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')')) {
        return j + 1 < line.length() && line.charAt(j + 1) == ' ' ? j + 1 : i;
      }
      boolean stamp = line.substring(i, j).indexOf(':') > 0;
      return stamp && j < line.length() && line.charAt(j) == ' ' ? j : i;
    }
    return speakerLabel(line, i);
  }

  private static boolean isStamp(String line, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = line.charAt(k);
      if (!isStampChar(c) && c != ' ' && c != 'x' && c != 'X') {
        return false;
      }
    }
    return true;
  }

  private static boolean isStampChar(char c) {
    return c >= '0' && c <= '9' || c == ':' || c == '.';
  }

  /** The end of a transcript's speaker label at {@code i} ("Caller:", "Speaker 2:"), or i. */
  private static int speakerLabel(String line, int i) {
    int colon = line.indexOf(':', i);
    if (colon <= i || colon - i > LABEL) {
      return i;
    }
    int word = i;
    while (word < colon && Character.isLetter(line.charAt(word))) {
      word++;
    }
    if (!SPEAKERS.contains(line.substring(i, word).toLowerCase(Locale.ROOT))) {
      return i;
    }
    for (int k = word; k < colon; k++) {
      char c = line.charAt(k);
      if (!Character.isLetterOrDigit(c) && c != ' ' && c != '_' && c != '-' && c != '.') {
        return i;
      }
    }
    return colon + 1;
  }

  /**
   * A question as the label of its answer: its question mark a colon, the courtesy words before it
   * dropped ("Can I get your last name please?" reads "Can I get your last name:").
   */
  static String asLabel(String question) {
    var body = question.stripTrailing();
    if (body.endsWith("?")) {
      body = body.substring(0, body.length() - 1);
    }
    int end = body.length();
    for (int words = 0; words < 3; words++) {
      int stop = end;
      while (stop > 0 && (body.charAt(stop - 1) == ' ' || body.charAt(stop - 1) == ',')) {
        stop--;
      }
      int from = stop;
      while (from > 0 && body.charAt(from - 1) != ' ' && body.charAt(from - 1) != ',') {
        from--;
      }
      if (from == stop
          || from == 0
          || !COURTESY.contains(body.substring(from, stop).toLowerCase(Locale.ROOT))) {
        break;
      }
      end = from;
    }
    return body.substring(0, end).stripTrailing() + ":";
  }
}
