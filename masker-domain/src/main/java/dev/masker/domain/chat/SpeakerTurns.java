package dev.masker.domain.chat;

import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * A diarised transcript read speaker by speaker: each speaker's lines joined, without the other
 * speaker's back-channels between them and without the time ranges before the labels. A caller who
 * reads a number out in pieces while the agent says "mm-hm" ("SPEAKER_01: my number is five oh
 * three" | "SPEAKER_00: mm-hm" | "SPEAKER_01: five five five" …, "[00:00:03.120 --> 00:00:05.400]
 * Speaker 1: …") says one value a model reads whole, which no line holds (ADR 22). Only to learn
 * from: what is learned is then masked where it is, piece by piece, by the known-value search.
 *
 * <p>A line counts when it opens, after an optional bracketed time range, with a label of at most
 * {@value #LABEL} letters, digits, spaces, underscores or dashes and a colon; the text counts when
 * two labels or more speak and one of them on two lines or more.
 */
final class SpeakerTurns {
  static final int LABEL = 24;
  private static final int STAMP = 48;

  private SpeakerTurns() {}

  /** Each speaker's lines joined, one speaker a line, or null when the text is no such dialogue. */
  static String of(String text) {
    if (text.indexOf('\n') < 0 || text.indexOf(':') < 0) {
      return null;
    }
    var turns = new LinkedHashMap<String, StringBuilder>();
    int lines = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      var line = text.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      int from = afterStamp(line);
      int colon = line.indexOf(':', from);
      if (colon <= from || colon - from > LABEL || !isLabel(line, from, colon)) {
        continue;
      }
      var speaker = line.substring(from, colon).strip().toLowerCase(Locale.ROOT);
      turns
          .computeIfAbsent(speaker, k -> new StringBuilder())
          .append(line.substring(colon + 1).strip())
          .append(' ');
      lines++;
    }
    if (turns.size() < 2 || lines <= turns.size()) {
      return null;
    }
    var out = new StringBuilder(text.length());
    for (var said : turns.values()) {
      out.append(said.toString().strip()).append('\n');
    }
    return out.toString();
  }

  /** Where a line's content starts after a bracketed time range ("[00:00:03.120 --> …]"). */
  private static int afterStamp(String line) {
    if (line.charAt(0) != '[' && line.charAt(0) != '(') {
      return 0;
    }
    int close = line.indexOf(line.charAt(0) == '[' ? ']' : ')');
    if (close < 0 || close > STAMP) {
      return 0;
    }
    for (int k = 1; k < close; k++) {
      char c = line.charAt(k);
      if (!(c >= '0' && c <= '9') && ":.,->< ".indexOf(c) < 0) {
        return 0;
      }
    }
    int from = close + 1;
    while (from < line.length() && line.charAt(from) == ' ') {
      from++;
    }
    return from;
  }

  private static boolean isLabel(String line, int from, int colon) {
    if (!Character.isLetter(line.charAt(from))) {
      return false;
    }
    for (int k = from; k < colon; k++) {
      char c = line.charAt(k);
      if (!Character.isLetterOrDigit(c) && c != ' ' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }
}
