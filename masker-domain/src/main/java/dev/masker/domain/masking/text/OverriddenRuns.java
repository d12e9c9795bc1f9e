package dev.masker.domain.masking.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of a text that a right-to-left override shows reversed: the chars between an override
 * (U+202E) and the pop (U+202C) that ends it, or the end of the line, are displayed, and read by a
 * model, in reverse order, so "DOB \u202E8691/60/11\u202C" shows the birth date 11/06/1968 (ADR
 * 28). Masker reads the text as it is shown only to learn whether a run holds a value, and masks
 * the whole run when it does, as a run written upside down ({@link TurnedRuns}). A text holding no
 * override costs one scan.
 */
public final class OverriddenRuns {
  private static final char OVERRIDE = '\u202E';
  private static final char POP = '\u202C';

  /** What the override and the pop read as in the text as shown: an invisible char. */
  private static final char SHOWN_CONTROL = '\u200B';

  private OverriddenRuns() {}

  public static boolean mayHold(String text) {
    return text.indexOf(OVERRIDE) >= 0;
  }

  /** Each run, from its override to its pop (or line end), with its chars as shown. */
  public static List<DecodedRun> of(String text) {
    var runs = new ArrayList<DecodedRun>();
    int at = text.indexOf(OVERRIDE);
    while (at >= 0) {
      int end = at + 1;
      while (end < text.length()
          && text.charAt(end) != POP
          && text.charAt(end) != OVERRIDE
          && text.charAt(end) != '\n') {
        end++;
      }
      var shown = new StringBuilder(text.substring(at + 1, end)).reverse();
      // a surrogate pair reversed is two unpaired surrogates: put each pair back in order
      for (int k = 0; k + 1 < shown.length(); k++) {
        if (Character.isLowSurrogate(shown.charAt(k))
            && Character.isHighSurrogate(shown.charAt(k + 1))) {
          char low = shown.charAt(k);
          shown.setCharAt(k, shown.charAt(k + 1));
          shown.setCharAt(k + 1, low);
          k++;
        }
      }
      int runEnd = end < text.length() && text.charAt(end) == POP ? end + 1 : end;
      runs.add(new DecodedRun(at, runEnd, shown.toString()));
      at = text.indexOf(OVERRIDE, end);
    }
    return runs;
  }

  /**
   * {@code text} as shown: each run's chars in the order shown, in the same place, and its override
   * and pop as invisible chars, so that offsets in it are offsets in {@code text}.
   */
  public static String shown(String text, List<DecodedRun> runs) {
    var out = new StringBuilder(text);
    for (var run : runs) {
      out.setCharAt(run.start(), SHOWN_CONTROL);
      out.replace(run.start() + 1, run.start() + 1 + run.decoded().length(), run.decoded());
      if (run.end() > run.start() + 1 + run.decoded().length()) {
        out.setCharAt(run.end() - 1, SHOWN_CONTROL);
      }
    }
    return out.toString();
  }
}
