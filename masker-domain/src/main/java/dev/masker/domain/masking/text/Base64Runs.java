package dev.masker.domain.masking.text;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Runs of a text that are base64 (or base64url) of text: a record a tool or a client encoded
 * ({@code eyJuYW1lIjoi…}, "name: …" lines, a {@code data:text/plain;base64,} URL pasted in a turn).
 * A model decodes them without being asked; Masker reads the decoded text only to learn whether it
 * holds a value, and masks the whole run as one value when it does (a token for the run: nothing of
 * it can be read any more).
 *
 * <p>A run counts when it is at least {@value #MIN_RUN} chars of the base64 alphabet, holds both
 * upper- and lower-case letters (ordinary words and hex digests do not), decodes to UTF-8 with no
 * control char but line breaks and tabs, and at least half of the decoded chars are letters, digits
 * or spaces. A run goes on over a line break after a line of exactly 76 or 64 chars, as MIME and
 * PEM write it. Runs are found in one pass; each is decoded once, so the cost stays linear.
 */
public final class Base64Runs {
  public static final int MIN_RUN = 12;
  static final int MAX_RUN = 64 * 1024;

  private Base64Runs() {}

  /** Whether {@code text} may hold a run at all: cheap, for the usual turn. */
  public static boolean mayHold(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isAlphabet(text.charAt(i))) {
        if (++run >= MIN_RUN) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /** The runs of {@code text} that decode to text, in order. */
  public static List<DecodedRun> of(String text) {
    List<DecodedRun> runs = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isAlphabet(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean upper = false;
      boolean lower = false;
      boolean url = false;
      boolean plain = false;
      StringBuilder lines = null; // the run without its line breaks, when it has some
      int lineStart = i;
      while (i < n) {
        if (isAlphabet(text.charAt(i))) {
          char c = text.charAt(i);
          upper |= c >= 'A' && c <= 'Z';
          lower |= c >= 'a' && c <= 'z';
          url |= c == '-' || c == '_';
          plain |= c == '+' || c == '/';
          i++;
          continue;
        }
        int next = lineBreakEnd(text, i);
        if (next > i && isMimeLine(i - lineStart) && next < n && isAlphabet(text.charAt(next))) {
          // MIME and PEM write base64 in lines of 76 or 64 chars: one run over its lines
          if (lines == null) {
            lines = new StringBuilder();
          }
          lines.append(text, lineStart, i);
          i = next;
          lineStart = i;
          continue;
        }
        break;
      }
      int end = i;
      while (i < n && i - end < 2 && text.charAt(i) == '=') {
        i++;
      }
      ScanSteps.record(i - start);
      var run = lines == null ? text.substring(start, end) : lines.append(text, lineStart, end);
      if (run.length() >= MIN_RUN && run.length() <= MAX_RUN && upper && lower && !(url && plain)) {
        var decoded = decode(run.toString(), url);
        if (decoded != null) {
          if (runs == null) {
            runs = new ArrayList<>();
          }
          runs.add(new DecodedRun(start, i, decoded));
        }
      }
    }
    return runs == null ? List.of() : runs;
  }

  /** Where a line break ("\n" or "\r\n") at {@code i} ends, or {@code i} when none is there. */
  private static int lineBreakEnd(String text, int i) {
    if (text.charAt(i) == '\n') {
      return i + 1;
    }
    return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n'
        ? i + 2
        : i;
  }

  private static boolean isMimeLine(int length) {
    return length == 76 || length == 64;
  }

  private static boolean isAlphabet(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '/'
        || c == '-'
        || c == '_';
  }

  /** The text {@code run} decodes to, or null when it is no base64 of text. */
  private static String decode(String run, boolean url) {
    if (run.length() % 4 == 1) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(padded(run));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    return DecodedText.of(bytes, 0.5);
  }

  private static String padded(String run) {
    return switch (run.length() % 4) {
      case 2 -> run + "==";
      case 3 -> run + "=";
      default -> run;
    };
  }
}
