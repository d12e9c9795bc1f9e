package dev.masker.domain.masking.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of a text written in Braille cells ("⠏⠑⠍⠃⠑⠗⠞⠓⠽"): a model reads grade-1 Braille as the
 * letters and digits it spells, so a name or a number written so passes a filter that reads Latin
 * letters only (ADR 28). Masker reads the text as shown in Latin letters, in place (one cell for
 * one char), only to learn whether a run holds a value, and masks the whole run when it does, as a
 * run a right-to-left override reverses ({@link OverriddenRuns}).
 *
 * <p>A run is a stretch of Braille cells (U+2800 to U+28FF) and the spaces between them holding
 * {@value #MIN_LETTERS} letters or more. Each letter cell is its letter, the first of a word in
 * capitals as a name is written; a number sign (⠼) makes the cells for a to j after it the digits 1
 * to 0; a capital sign (⠠) and the number sign read as invisible chars, the blank cell as a space.
 * A text with no Braille cell costs one scan.
 */
public final class BrailleRuns {
  static final int MIN_LETTERS = 3;

  private static final char NUMBER_SIGN = '\u283C';
  private static final char CAPITAL_SIGN = '\u2820';
  private static final char SHOWN_SIGN = '\u200B';

  /** The letter of each cell U+2800 + i, for the 26 letters of grade-1 Braille; 0 for none. */
  private static final char[] LETTERS = letters();

  private BrailleRuns() {}

  private static char[] letters() {
    int[] cells = {
      0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A, 0x05, 0x07, 0x0D, 0x1D, 0x15,
      0x0F, 0x1F, 0x17, 0x0E, 0x1E, 0x25, 0x27, 0x3A, 0x2D, 0x3D, 0x35
    };
    var letters = new char[256];
    for (int k = 0; k < cells.length; k++) {
      letters[cells[k]] = (char) ('a' + k);
    }
    return letters;
  }

  private static boolean isCell(char c) {
    return c >= '\u2800' && c <= '\u28FF';
  }

  public static boolean mayHold(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isCell(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Each run, with its chars as shown in Latin letters (as long as the run). */
  public static List<DecodedRun> of(String text) {
    var runs = new ArrayList<DecodedRun>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isCell(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int end = i;
      while (end < n && (isCell(text.charAt(end)) || text.charAt(end) == ' ')) {
        end++;
      }
      while (end > start && text.charAt(end - 1) == ' ') {
        end--;
      }
      var shown = new StringBuilder(end - start);
      int letters = 0;
      boolean number = false;
      boolean wordStart = true;
      boolean capital = false;
      for (int k = start; k < end; k++) {
        char c = text.charAt(k);
        char letter = isCell(c) ? LETTERS[c - '\u2800'] : 0;
        if (c == ' ' || c == '\u2800') {
          shown.append(' ');
          number = false;
          wordStart = true;
        } else if (c == NUMBER_SIGN || c == CAPITAL_SIGN) {
          shown.append(SHOWN_SIGN);
          number |= c == NUMBER_SIGN;
          capital |= c == CAPITAL_SIGN;
        } else if (letter != 0 && number && letter <= 'j') {
          shown.append((char) (letter == 'j' ? '0' : '1' + (letter - 'a')));
          letters++;
        } else if (letter != 0) {
          shown.append(wordStart || capital ? Character.toUpperCase(letter) : letter);
          number = false;
          wordStart = false;
          capital = false;
          letters++;
        } else {
          shown.append(c);
        }
      }
      if (letters >= MIN_LETTERS) {
        runs.add(new DecodedRun(start, end, shown.toString()));
      }
      i = Math.max(end, start + 1);
    }
    return runs;
  }

  /** {@code text} as shown: each run's cells as its Latin letters and digits, in place. */
  public static String shown(String text, List<DecodedRun> runs) {
    var out = new StringBuilder(text);
    for (var run : runs) {
      out.replace(run.start(), run.end(), run.decoded());
    }
    return out.toString();
  }
}
