package dev.masker.domain.chat;

import dev.masker.domain.masking.text.FoldedText;

/**
 * A text with long numbers glued to words read with a space between: "caller-6175550142",
 * "tel.6175550142", "p6175550142", "mrn73820516a" read "caller 6175550142", "p 6175550142", … —
 * identifiers a platform or a tool builds from a caller's number, which a model reads as the word
 * and the number. For detection the glue leaves the number no word edge, so a bare phone number
 * there was no phone. Only to learn from: what detection finds there is masked where it is by the
 * known-value search.
 *
 * <p>A number counts when it is a run of seven ASCII digits or more with a letter right beside it,
 * or one of {@code - . _ : # / ^} and then a letter (ZPL labels write "^FDMRN 64178239^FS"). Words
 * that are all hexadecimal digits and 16 chars or longer (digests, keys) are left as they are.
 */
final class GluedNumbers {
  static final int MIN_DIGITS = 7;
  private static final String JOINERS = "-._:#/^";
  private static final int DIGEST = 16;

  private GluedNumbers() {}

  /** The text read so, or null when no long number of it is glued to a word. */
  static String of(String text) {
    // A number said in Chinese numerals glued to Chinese words ("我的电话是五〇三五五五〇一六三") is
    // glued as ASCII digits would be (ADR 22).
    text = FoldedText.withChineseNumeralsAsDigits(text);
    // Scripts written without spaces glue every number to a word, grouped or not
    // ("電話番号は五〇三の五五五の〇一六三です").
    var spaced = UnspacedScripts.spaced(text);
    if (spaced != null) {
      text = spaced;
    }
    if (!hasLongRun(text)) {
      return spaced;
    }
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      int end = i;
      if (end - start < MIN_DIGITS) {
        continue;
      }
      int left = glueBefore(text, start);
      int right = glueAfter(text, end);
      if ((left < 0 && right < 0) || isDigest(text, start, end)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n + 8);
      }
      if (left >= 0) {
        out.append(text, copied, left).append(' ');
        copied = start;
      }
      if (right >= 0) {
        out.append(text, copied, end).append(' ');
        copied = right;
      }
    }
    if (out == null) {
      return spaced;
    }
    return out.append(text, copied, n).toString();
  }

  /** Where the glue before a number starting at {@code start} begins, or -1 when none. */
  private static int glueBefore(String text, int start) {
    if (start >= 1 && Character.isLetter(text.charAt(start - 1))) {
      return start;
    }
    if (start >= 2
        && JOINERS.indexOf(text.charAt(start - 1)) >= 0
        && Character.isLetter(text.charAt(start - 2))) {
      return start - 1;
    }
    return -1;
  }

  /** Where what follows the glue after a number ending at {@code end} starts, or -1 when none. */
  private static int glueAfter(String text, int end) {
    int n = text.length();
    if (end < n && Character.isLetter(text.charAt(end))) {
      return end;
    }
    if (end + 1 < n
        && JOINERS.indexOf(text.charAt(end)) >= 0
        && Character.isLetter(text.charAt(end + 1))) {
      return end + 1;
    }
    return -1;
  }

  /** Whether the word around a number is all hexadecimal digits and long: a digest or a key. */
  private static boolean isDigest(String text, int start, int end) {
    int from = start;
    while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
      to++;
    }
    if (to - from < DIGEST) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLongRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        if (++run >= MIN_DIGITS) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
