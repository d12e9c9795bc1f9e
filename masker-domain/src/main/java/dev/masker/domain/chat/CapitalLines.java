package dev.masker.domain.chat;

import dev.masker.domain.masking.lexicon.NamePart;
import java.util.Locale;

/**
 * The lines of a text written all in capitals ("NTE|1||PT DROVASKIN CALLED RE REFILL"), read in
 * lower case with only the words no dictionary has capitalised ("pt Drovaskin called re refill"),
 * only to learn from (ADR 34): among words in capitals a name is no different from the words around
 * it, but written as a person writes a note it is. What the reading yields is then masked where it
 * is by the known-value search, in any case. An ordinary note in capitals reads as ordinary words
 * ("pt takes Lisinopril daily") and learns nothing. A text with no line of three words in capitals
 * pays one scan.
 */
final class CapitalLines {
  /** The longest text read. */
  static final int MAX_LENGTH = 20_000;

  /** A word no dictionary has is capitalised from this many letters; shorter ones are codes. */
  static final int NAME_LETTERS = 5;

  /** A line is read from this many words in capitals. */
  static final int MIN_WORDS = 3;

  private CapitalLines() {}

  /** The text with its lines in capitals rewritten, or null when it has none. */
  static String of(String text) {
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    StringBuilder out = null;
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int label = inCapitals(text, start, end) ? -1 : speakerLabel(text, start, end);
      if (label >= 0 || inCapitals(text, start, end)) {
        if (out == null) {
          out = new StringBuilder(length).append(text, 0, start);
        }
        if (label >= 0) {
          // "DROVASKIN: my number is …", as subtitles and scripts name a speaker
          rewrite(text, start, label, out);
          out.append(" said").append(text, label, end);
        } else {
          rewrite(text, start, end, out);
        }
      } else if (out != null) {
        out.append(text, start, end);
      }
      if (out != null && end < length) {
        out.append(text.charAt(end));
      }
      start = end + 1;
    }
    return out == null ? null : out.toString();
  }

  /** Whether the line holds no small letter and at least {@value #MIN_WORDS} words in capitals. */
  private static boolean inCapitals(String text, int start, int end) {
    int words = 0;
    int run = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        run++;
      } else {
        if (run >= 2) {
          words++;
        }
        run = 0;
      }
    }
    return words + (run >= 2 ? 1 : 0) >= MIN_WORDS;
  }

  /**
   * Where a speaker's label in capitals that no dictionary has ends ("DROVASKIN: …"), at the start
   * of the line, before its colon; or -1.
   */
  private static int speakerLabel(String text, int start, int end) {
    int i = start;
    while (i < end && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
      i++;
    }
    if (i - start < NAME_LETTERS || i >= end || text.charAt(i) != ':') {
      return -1;
    }
    return NamePart.isOrdinaryWord(text.substring(start, i).toLowerCase(Locale.ROOT)) ? -1 : i;
  }

  private static void rewrite(String text, int start, int end, StringBuilder out) {
    int i = start;
    while (i < end) {
      if (!Character.isLetter(text.charAt(i))) {
        out.append(text.charAt(i++));
        continue;
      }
      int wordEnd = i;
      while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      var lower = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
      if (wordEnd - i >= NAME_LETTERS && !NamePart.isOrdinaryWord(lower)) {
        out.append(Character.toUpperCase(lower.charAt(0))).append(lower, 1, lower.length());
      } else {
        out.append(lower);
      }
      i = wordEnd;
    }
  }
}
