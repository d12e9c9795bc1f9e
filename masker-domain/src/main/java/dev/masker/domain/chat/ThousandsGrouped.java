package dev.masker.domain.chat;

/**
 * A text with its long numbers written as amounts ("my mrn is 52,930,471", "3,125,550,187", and
 * with dots "52.930.471") read without the thousands separators: speech-to-text engines format a
 * long run of digits so, and a model reads the digits at once, while for detection a number grouped
 * by thousands is an amount. Only to learn from: what is learned there is masked where it is by the
 * known-value search, which reads the digits across the separators.
 *
 * <p>A number counts when it has one to three digits, then two groups of three or more after the
 * same separator (seven digits at least), and no digit or separator right before or after it.
 */
final class ThousandsGrouped {
  private ThousandsGrouped() {}

  /** The text read so, or null when it holds no such number. */
  static String of(String text) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i)) || (i > 0 && (isDigit(text.charAt(i - 1))))) {
        i++;
        continue;
      }
      int lead = i;
      while (lead < n && isDigit(text.charAt(lead)) && lead - i < 4) {
        lead++;
      }
      int end = lead;
      int groups = 0;
      char separator = lead < n ? text.charAt(lead) : 0;
      if (lead - i <= 3 && (separator == ',' || separator == '.')) {
        while (end + 3 < n
            && text.charAt(end) == separator
            && isDigit(text.charAt(end + 1))
            && isDigit(text.charAt(end + 2))
            && isDigit(text.charAt(end + 3))
            && (end + 4 >= n || !isDigit(text.charAt(end + 4)))) {
          end += 4;
          groups++;
        }
      }
      boolean touching =
          end < n && text.charAt(end) == separator && end + 1 < n && isDigit(text.charAt(end + 1));
      if (groups >= 2 && !touching) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, i);
        for (int k = i; k < end; k++) {
          if (text.charAt(k) != separator) {
            out.append(text.charAt(k));
          }
        }
        copied = end;
      }
      i = Math.max(end, i + 1);
    }
    if (out == null) {
      return null;
    }
    return out.append(text, copied, n).toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
