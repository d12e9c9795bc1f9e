package dev.masker.domain.masking.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of a text written in Morse code ("-.-- ... --- .-.. -.. . / .--. . -- -..."): a model reads
 * them as the letters and digits they stand for, so a client can slip a name or a number past a
 * filter that reads only letters and digits (ADR 28). Masker reads the decoded text only to learn
 * whether it holds a value, and masks the whole run as one value when it does, as a run of hex.
 *
 * <p>A run is {@value #MIN_SIGNS} Morse signs or more in a row (each of one to six dots and dashes
 * that spell a letter or a digit; dots may be written {@code ·} or {@code •}, dashes {@code _},
 * {@code −} or {@code –}) with one or two blanks between the letters of a word and a {@code /}, a
 * {@code |} or three blanks or more between words. The decoded words are written with a capital
 * first, as a name is. A text with fewer than {@value #MIN_SIGNS} words that start with a dot or a
 * dash costs one scan.
 */
public final class MorseRuns {
  static final int MIN_SIGNS = 4;
  private static final int MAX_SIGN = 6;

  /** The letter or digit of each sign, by its key ({@link #letterOf}); 0 for none. */
  private static final char[] CODE = code();

  private MorseRuns() {}

  private static char[] code() {
    String[] signs = {
      ".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--",
      "-.", "---", ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--..",
      "-----", ".----", "..---", "...--", "....-", ".....", "-....", "--...", "---..", "----."
    };
    var letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    var code = new char[KEYS];
    for (int k = 0; k < signs.length; k++) {
      code[letterKey(signs[k], 0, signs[k].length())] = letters.charAt(k);
    }
    return code;
  }

  /** Keys of signs of one to six marks, each mark a base-3 digit (1 a dot, 2 a dash). */
  private static final int KEYS = 1093;

  /** The key of the sign {@code text[i, j)}, or -1 when it is no sign of one to six marks. */
  private static int letterKey(String text, int i, int j) {
    if (j - i > MAX_SIGN) {
      return -1;
    }
    int key = 0;
    for (int k = i; k < j; k++) {
      char m = mark(text.charAt(k));
      if (m == 0) {
        return -1;
      }
      key = key * 3 + (m == '.' ? 1 : 2);
    }
    return key;
  }

  private static char mark(char c) {
    switch (c) {
      case '.':
      case '\u00B7':
      case '\u2022':
        return '.';
      case '-':
      case '_':
      case '\u2212':
      case '\u2013':
        return '-';
      default:
        return 0;
    }
  }

  /**
   * Whether {@code text} may hold a run: {@value #MIN_SIGNS} words or more that start with a dot or
   * a dash. One scan, no allocation; prose ends its sentences with dots but seldom starts words so.
   */
  public static boolean mayHold(String text) {
    int signs = 0;
    for (int i = 0; i < text.length(); i++) {
      if (mark(text.charAt(i)) != 0
          && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
          && ++signs >= MIN_SIGNS) {
        return true;
      }
    }
    return false;
  }

  /** The runs of {@code text} in Morse code, in order, each with its decoded words. */
  public static List<DecodedRun> of(String text) {
    List<DecodedRun> runs = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int start = -1;
    int end = -1;
    int signs = 0;
    boolean newWord = false;
    var decoded = new StringBuilder();
    while (i <= n) {
      int blanks = 0;
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
        blanks++;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      char letter = i < j ? letterOf(text, i, j) : 0;
      if (letter != 0) {
        if (start < 0) {
          start = i;
          decoded.setLength(0);
          signs = 0;
          newWord = true;
        } else if (newWord || blanks >= 3) {
          decoded.append(' ');
          newWord = true;
        }
        decoded.append(newWord ? Character.toUpperCase(letter) : letter);
        newWord = false;
        signs++;
        end = j;
      } else if (start >= 0 && j - i == 1 && (text.charAt(i) == '/' || text.charAt(i) == '|')) {
        newWord = true;
      } else {
        if (start >= 0 && signs >= MIN_SIGNS) {
          runs.add(new DecodedRun(start, end, decoded.toString()));
        }
        start = -1;
      }
      if (j >= n) {
        if (start >= 0 && signs >= MIN_SIGNS) {
          runs.add(new DecodedRun(start, end, decoded.toString()));
        }
        break;
      }
      i = j;
    }
    return runs;
  }

  /** The letter or digit the sign {@code text[i, j)} stands for, or 0. */
  private static char letterOf(String text, int i, int j) {
    int key = letterKey(text, i, j);
    return key < 0 ? 0 : CODE[key];
  }
}
