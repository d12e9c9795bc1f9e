package dev.masker.domain.chat;

/**
 * A text in a script written without spaces between words (Chinese, Japanese) with a space read
 * between each of its letters and a digit beside it: "電話番号は503-555-0163です" reads "電話番号は
 * 503-555-0163 です". For detection the letters glue the number, grouped or not, to a word and leave
 * it no word edge; a model reads the number. Only to learn from, with {@link GluedNumbers} (ADR
 * 22).
 */
final class UnspacedScripts {
  private UnspacedScripts() {}

  /** The text read so, or null when no digit of it touches such a letter. */
  static String spaced(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      char c = text.charAt(i);
      boolean edge = isDigit(before) && isUnspaced(c) || isUnspaced(before) && isDigit(c);
      if (edge) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8);
        }
        out.append(text, copied, i).append(' ');
        copied = i;
      }
    }
    return out == null ? null : out.append(text, copied, text.length()).toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A Han ideograph, a kana or a Thai or Lao letter: scripts that write no space between words. */
  private static boolean isUnspaced(char c) {
    if (c < 0x0E00) {
      return false;
    }
    var script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO;
  }
}
