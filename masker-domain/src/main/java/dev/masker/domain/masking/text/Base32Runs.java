package dev.masker.domain.masking.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of a text that are base32 of text (RFC 4648: capitals and the digits 2 to 7, "=" padding): a
 * record a tool or a client encoded ("NZQW2ZJ2EBBGS4TH…"), which a model decodes unasked, as it
 * does base64 ({@link Base64Runs}, ADR 18). Masker reads the decoded text only to learn whether it
 * holds a value, and masks the whole run as one value when it does (ADR 22).
 *
 * <p>A run counts when it is a whole word of at least {@value #MIN_RUN} chars of the alphabet with
 * a digit among them (capitalised words and codes of letters alone do not), of a length base32
 * writes, whose last char carries no bits beyond the last byte (as every encoder writes it), and
 * that decodes to UTF-8 with no control char but line breaks and tabs, at least half of it letters,
 * digits or spaces. Masker's own tokens stand after a "." and are never read. Runs are found in one
 * pass and each is decoded once.
 */
public final class Base32Runs {
  public static final int MIN_RUN = 16;
  static final int MAX_RUN = 64 * 1024;
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32Runs() {}

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
      boolean digit = false;
      while (i < n && isAlphabet(text.charAt(i))) {
        digit |= text.charAt(i) <= '7';
        i++;
      }
      int end = i;
      while (i < n && i - end < 6 && text.charAt(i) == '=') {
        i++;
      }
      ScanSteps.record(i - start);
      boolean whole =
          (start == 0 || !isWordChar(text.charAt(start - 1)) && text.charAt(start - 1) != '.')
              && (i == n || !isWordChar(text.charAt(i)));
      int length = end - start;
      if (whole && digit && length >= MIN_RUN && length <= MAX_RUN) {
        var decoded = decode(text, start, end);
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

  private static boolean isAlphabet(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '=';
  }

  /** The text {@code text[start, end)} decodes to, or null when it is no base32 of text. */
  private static String decode(String text, int start, int end) {
    int length = end - start;
    int rest = length % 8;
    if (rest == 1 || rest == 3 || rest == 6) {
      return null;
    }
    var bytes = new byte[length * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int at = 0;
    for (int k = start; k < end; k++) {
      buffer = (buffer << 5) | ALPHABET.indexOf(text.charAt(k));
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        bytes[at++] = (byte) (buffer >> bits);
        buffer &= (1 << bits) - 1;
      }
    }
    if (buffer != 0) {
      return null; // bits an encoder never leaves
    }
    return DecodedText.of(bytes, 0.5);
  }
}
