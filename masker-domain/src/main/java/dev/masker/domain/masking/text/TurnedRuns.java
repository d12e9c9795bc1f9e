package dev.masker.domain.masking.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of a text written upside down ("ʇsᴉʌbpuᴉ˥ uǝɹɐW" for "Maren Lindqvist"): letters turned half
 * a circle, in reverse order. A model reads them back without effort; detection reads only Latin
 * letters, so a name written so was no name. Masker reads each run back (each char turned, the
 * order reversed) only to learn whether it holds a value, and masks the whole run as one value when
 * it does, as it does for base64 ({@link Base64Runs}).
 *
 * <p>A run is a stretch of words, each holding a turned letter no Latin text writes (ɐ, ǝ, ɹ, ʇ, ᴉ,
 * ʌ, ʍ, ʎ, ɯ, ɥ, ɔ, ɟ, ƃ, ʞ, ꞁ, ˥, the turned capitals and digits) or made only of chars that read
 * the same or as another Latin char turned (u n, p d, b q, s o x z l, W M, 6 9, digits and
 * punctuation), that begins and ends with a word of the first kind. Found in one pass.
 */
public final class TurnedRuns {
  /** Turned chars no Latin text writes, and the upright chars they stand for. */
  private static final String TURNED = "ɐɔǝɟƃɥᴉɾʞꞁ˥ɯɹʇʌʍʎ∀ꓯᗺƆᗡƎℲ⅁ꓘԀᴚ⊥∩⅄ƖᄅƐㄣϛㄥ";

  private static final String TURNED_UPRIGHT = "acefghijklLmrtvwyAABCDEFGKPRTUY123457";

  /**
   * Chars that read as another (or the same) char turned, and that char: Latin letters, digits and
   * the punctuation a turned text writes (a turned full stop, question and exclamation marks).
   */
  private static final String PLAIN = "unpdbqsoxzlSNZHIOXWM6980',˙¿¡ſ";

  private static final String PLAIN_UPRIGHT = "nudpqbsoxzlSNZHIOXMW9680,'.?!J";

  /** One run: its span in the text and the text it reads upright. */
  public record Run(int start, int end, String upright) {
    @Override
    public String toString() {
      return "Run[" + start + ", " + end + "]"; // never the text
    }
  }

  private TurnedRuns() {}

  /** Whether {@code text} may hold a run at all: cheap, for the usual turn. */
  public static boolean mayHold(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x180 && TURNED.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The runs of {@code text}, in order. */
  public static List<Run> of(String text) {
    List<Run> runs = new ArrayList<>();
    int n = text.length();
    int runStart = -1;
    int runEnd = -1;
    int i = 0;
    while (i < n) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean turned = false;
      boolean readable = true;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        char c = text.charAt(i);
        if (TURNED.indexOf(c) >= 0) {
          turned = true;
        } else if (PLAIN.indexOf(c) < 0 && Character.isLetterOrDigit(c)) {
          readable = false;
        }
        i++;
      }
      if (turned && readable) {
        if (runStart < 0) {
          runStart = start;
        }
        runEnd = i;
      } else if (!readable || !isBetween(text, start, i)) {
        if (runStart >= 0) {
          runs.add(new Run(runStart, runEnd, upright(text, runStart, runEnd)));
          runStart = -1;
        }
      }
    }
    if (runStart >= 0) {
      runs.add(new Run(runStart, runEnd, upright(text, runStart, runEnd)));
    }
    return runs;
  }

  /** A word of plain chars only (no letter outside {@link #PLAIN}): it may stand inside a run. */
  private static boolean isBetween(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLetterOrDigit(c) && PLAIN.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String upright(String text, int start, int end) {
    var out = new StringBuilder(end - start);
    for (int k = end - 1; k >= start; k--) {
      char c = text.charAt(k);
      int turned = TURNED.indexOf(c);
      int plain = PLAIN.indexOf(c);
      out.append(
          turned >= 0
              ? TURNED_UPRIGHT.charAt(turned)
              : plain >= 0 ? PLAIN_UPRIGHT.charAt(plain) : c);
    }
    return out.toString();
  }
}
