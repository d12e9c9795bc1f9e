package dev.masker.domain.chat;

/**
 * A text with the marks a writer puts around or inside a value, read without them, only to learn
 * from (ADR 30): Markdown emphasis, code and strike-through ("**555**-0134", "`Okafor`",
 * "**Mar**isol"), TeX's inline commands and math ("\textbf{Mar}isol", "$555$-$0134$"), and a
 * citation mark, a footnote mark or a superscript inside a word or a number ("Okafor[^1]",
 * "5931[2]7246", "Oka¹for"), and an HL7 escape inside a value ("QUARREN\T\DALE", ADR 32). The
 * recognizers read a value whole only without them; what is learned is then masked where it is by
 * the known-value search, which reads the marks inside a value as absent ({@code InlineMarks}) and
 * the rest as separators. Tags are read so by {@link InlineTags}.
 *
 * <p>A mark pair is read only when it opens after a blank, a line's start or a mark and closes on
 * the same line within {@value #MAX_SPAN} chars, with no blank just inside it, so an X12 segment
 * ("NM1*IL*1*…") or a product ("2 * 3") is no pair. A text with none of {@code *}, {@code `},
 * {@code ~}, {@code $}, {@code \}, {@code [} or a superscript costs one scan.
 */
final class WrittenMarks {
  /** The longest text read without its marks. */
  static final int MAX_LENGTH = 4_000;

  /** The most chars between a pair's marks. */
  static final int MAX_SPAN = 60;

  private WrittenMarks() {}

  /** The text without its marks, or null when it has none (or is longer than the limit). */
  static String of(String text) {
    if (text.length() > MAX_LENGTH || !mayHold(text)) {
      return null;
    }
    var drop = new boolean[text.length()];
    boolean any = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '`' || c == '~' || c == '$' || c == '_') {
        int run = runEnd(text, i, c);
        int close = c == '~' && run - i < 2 ? -1 : closing(text, i, run, c);
        if (close > 0) {
          mark(drop, i, run);
          mark(drop, close, close + (run - i));
          any = true;
          i = close + (run - i) - 1;
          continue;
        }
        i = run - 1;
      } else if (c == '\\'
          && dev.masker.domain.masking.text.InlineMarks.hl7EscapeEnd(text, i) > 0) {
        // an HL7 escape cutting a value ("QUARREN\T\DALE"), read joined (ADR 32)
        mark(drop, i, i + 3);
        any = true;
        i += 2;
      } else if (c == '\\') {
        int k = i + 1;
        while (k < n && isAsciiLetter(text.charAt(k))) {
          k++;
        }
        int brace = k < n && text.charAt(k) == '{' ? text.indexOf('}', k) : -1;
        if (k > i + 1 && brace > 0 && brace - k <= MAX_SPAN) {
          mark(drop, i, k + 1);
          drop[brace] = true;
          any = true;
          i = brace;
        }
      } else if (c == '[' || c > 0x7F) {
        int end = dev.masker.domain.masking.text.InlineMarks.end(text, i);
        if (end > i && c != '<') {
          mark(drop, i, end);
          any = true;
          i = end - 1;
        }
      }
    }
    if (!any) {
      return null;
    }
    var out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (!drop[i]) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean mayHold(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '`' || c == '~' || c == '$' || c == '\\' || c == '[' || c == '_') {
        return true;
      }
      if (c > 0x7F && dev.masker.domain.masking.text.InlineMarks.mayStart(c)) {
        return true;
      }
    }
    return false;
  }

  private static int runEnd(String text, int i, char c) {
    int k = i;
    while (k < text.length() && text.charAt(k) == c && k - i < 3) {
      k++;
    }
    return k;
  }

  /**
   * Where the mark closing the one from {@code i} to {@code run} starts, or -1: the opening mark
   * follows a line's start, a blank or punctuation and precedes no blank; the closing one (as many
   * of the same char) follows no blank, on the same line, within {@value #MAX_SPAN} chars.
   */
  private static int closing(String text, int i, int run, char c) {
    int n = text.length();
    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return -1;
    }
    if (c == '_' && run - i < 2) {
      return -1; // a single underscore joins words ("first_name")
    }
    if (run >= n || Character.isWhitespace(text.charAt(run)) || text.charAt(run) == c) {
      return -1;
    }
    int width = run - i;
    for (int k = run + 1; k < n && k - run <= MAX_SPAN; k++) {
      char d = text.charAt(k);
      if (d == '\n') {
        return -1;
      }
      if (d == c
          && text.startsWith(String.valueOf(c).repeat(width), k)
          && (k + width >= n || text.charAt(k + width) != c)
          && !Character.isWhitespace(text.charAt(k - 1))) {
        return k;
      }
    }
    return -1;
  }

  private static void mark(boolean[] drop, int from, int to) {
    for (int k = from; k < to; k++) {
      drop[k] = true;
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
