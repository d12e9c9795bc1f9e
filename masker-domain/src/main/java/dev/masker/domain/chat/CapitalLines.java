package dev.masker.domain.chat;

import dev.masker.domain.masking.lexicon.NamePart;
import java.util.Locale;
import java.util.Set;

/**
 * The lines of a text written all in capitals ("NTE|1||PT DROVASKIN CALLED RE REFILL"), read as a
 * person writes a note, only to learn from (ADR 34): the words a dictionary has in lower case, a
 * word of five letters or more that no dictionary has after a word that names a person capitalised
 * ("pt Drovaskin called re refill"), any other word as written. Among words in capitals a name is
 * no different from the words around it; written so, the recognizers read it as they read a note.
 * An ordinary note in capitals keeps its codes and drugs in capitals ("pt takes LISINOPRIL daily,
 * NKDA") and learns nothing. So is a speaker's label in capitals that no dictionary has, at a
 * line's start ("DROVASKIN: my number is …", as subtitles write it): read "Drovaskin said: …". What
 * the reading yields is then masked where it is by the known-value search, in any case. A text with
 * no such line pays one scan.
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
          out.append(text.charAt(start))
              .append(text.substring(start + 1, label).toLowerCase(Locale.ROOT))
              .append(" said")
              .append(text, label, end);
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

  /**
   * Words a note writes right before a person ("PT", "CALLBACK", "MRS"): a word no dictionary has
   * after one is written capitalised; elsewhere it keeps its capitals, as a code or a drug does.
   */
  private static final Set<String> PERSON_CUES =
      Set.of(
          "pt",
          "pts",
          "patient",
          "callback",
          "caller",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "spoke",
          "contact",
          "member",
          "guarantor",
          "subscriber",
          "insured",
          "mother",
          "father",
          "wife",
          "husband",
          "daughter",
          "son",
          "sister",
          "brother",
          "spouse",
          "parent",
          "guardian");

  private static void rewrite(String text, int start, int end, StringBuilder out) {
    String previous = "";
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
      if (NamePart.isOrdinaryWord(lower)) {
        out.append(lower);
      } else if (wordEnd - i >= NAME_LETTERS && PERSON_CUES.contains(previous)) {
        out.append(Character.toUpperCase(lower.charAt(0))).append(lower, 1, lower.length());
      } else {
        out.append(text, i, wordEnd);
      }
      previous = lower;
      i = wordEnd;
    }
  }
}
