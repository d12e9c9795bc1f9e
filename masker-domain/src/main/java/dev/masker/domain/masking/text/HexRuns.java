package dev.masker.domain.masking.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of a text that are hex of text ("50617469656e743a…" for "Patient:…"): a record a tool or a
 * client dumped as bytes, which a model decodes unasked, as it does base64 ({@link Base64Runs}).
 * Masker reads the decoded text only to learn whether it holds a value, and masks the whole run as
 * one value when it does (ADR 26).
 *
 * <p>A run counts when it is a whole word of at least {@value #MIN_RUN} hex digits (eight bytes) in
 * one case, of even length, that decodes to UTF-8 with no control char but line breaks and tabs, at
 * least three quarters of it letters, digits or spaces. Random bytes (a digest, a key, an id) pass
 * that test for sixteen hex digits less than once in five thousand runs, and for longer ones far
 * more rarely; and a run is masked only when its decoded text holds a value, so hashes, colours and
 * UUIDs stay as they are. Masker's own tokens stand after a "." and are never read. Runs are found
 * in one pass and each is decoded once.
 */
public final class HexRuns {
  public static final int MIN_RUN = 16;
  static final int MAX_RUN = 64 * 1024;

  private HexRuns() {}

  /**
   * Whether {@code text} may hold a run at all: cheap, for the usual turn. A run of {@value
   * #MIN_RUN} hex digits holds one of every {@value #MIN_RUN} chars, so only those are looked at
   * first, and the run around one that is a hex digit is measured from there.
   */
  public static boolean mayHold(String text) {
    int n = text.length();
    int j = MIN_RUN - 1;
    while (j < n) {
      if (!isHex(text.charAt(j))) {
        j += MIN_RUN;
        continue;
      }
      int from = j;
      while (from > 0 && j - from < MIN_RUN && isHex(text.charAt(from - 1))) {
        from--;
      }
      int to = j + 1;
      while (to < n && to - from < MIN_RUN && isHex(text.charAt(to))) {
        to++;
      }
      if (to - from >= MIN_RUN) {
        return true;
      }
      j = to + MIN_RUN;
    }
    return false;
  }

  /** The runs of {@code text} that decode to text, in order. */
  public static List<DecodedRun> of(String text) {
    List<DecodedRun> runs = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isHex(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean lower = false;
      boolean upper = false;
      while (i < n && isHex(text.charAt(i))) {
        char c = text.charAt(i);
        lower |= c >= 'a';
        upper |= c >= 'A' && c <= 'F';
        i++;
      }
      ScanSteps.record(i - start);
      int length = i - start;
      boolean whole =
          (start == 0 || !isWordChar(text.charAt(start - 1)) && text.charAt(start - 1) != '.')
              && (i == n || !isWordChar(text.charAt(i)));
      if (whole && !(lower && upper) && length % 2 == 0 && length >= MIN_RUN && length <= MAX_RUN) {
        var decoded = decode(text, start, i);
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

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** The text {@code text[start, end)} decodes to, or null when it is no hex of text. */
  private static String decode(String text, int start, int end) {
    var bytes = new byte[(end - start) / 2];
    for (int k = 0; k < bytes.length; k++) {
      int high = Character.digit(text.charAt(start + 2 * k), 16);
      int low = Character.digit(text.charAt(start + 2 * k + 1), 16);
      bytes[k] = (byte) ((high << 4) | low);
    }
    return DecodedText.of(bytes, 0.75);
  }
}
