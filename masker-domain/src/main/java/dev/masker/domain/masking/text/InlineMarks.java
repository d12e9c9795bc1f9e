package dev.masker.domain.masking.text;

/**
 * Marks a writer puts inside a value that a model reads through (ADR 30): a markup tag or comment
 * ("Ravens{@code <i>}holt{@code </i>}", "555{@code <!-- -->}0134"), a citation or footnote mark
 * between two letters or digits ("Ravens[^1]holt", "5931[2]7246") and a superscript digit or a
 * dagger between two letters ("Ravens¹holt"), and an HL7 escape between two letters or digits
 * ("QUARREN\T\DALE", ADR 32). The known-value search reads such a mark as absent, so a known value
 * it cuts is one value again; a text holding none of {@code <}, {@code [}, {@code \} or a
 * superscript pays nothing more than the look at each char it already makes.
 */
public final class InlineMarks {
  /** The longest comment read as one. */
  private static final int MAX_TAG = 200;

  private InlineMarks() {}

  /**
   * The end of a mark read as absent that starts at {@code i}, or -1: a tag, a comment, or (between
   * two letters or digits) a citation mark or a superscript.
   */
  public static int end(String s, int i) {
    char c = s.charAt(i);
    if (c == '<') {
      return tagEnd(s, i);
    }
    if (c == '[') {
      int end = citationEnd(s, i);
      return end > 0
              && i > 0
              && isAlnum(s.charAt(i - 1))
              && end < s.length()
              && isAlnum(s.charAt(end))
          ? end
          : -1;
    }
    if (c == '\\') {
      return hl7EscapeEnd(s, i);
    }
    if (isSuperscript(c)
        && i > 0
        && i + 1 < s.length()
        && Character.isLetter(s.charAt(i - 1))
        && Character.isLetter(s.charAt(i + 1))) {
      return i + 1;
    }
    return -1;
  }

  /** Whether {@code c} may start a mark {@link #end} reads. */
  public static boolean mayStart(char c) {
    return c == '<' || c == '[' || c == '\\' || isSuperscript(c);
  }

  /**
   * The end of an HL7 escape of a delimiter ({@code \F\}, {@code \S\}, {@code \T\}, {@code \R\},
   * {@code \E\}) at {@code at} between two letters or digits, or -1: no sender writes one inside a
   * value, so a value it cuts is read whole ("RAVENS\T\HOLT").
   */
  public static int hl7EscapeEnd(String s, int at) {
    int end = at + 3;
    if (at == 0 || end >= s.length() || s.charAt(at + 2) != '\\') {
      return -1;
    }
    char code = s.charAt(at + 1);
    boolean delimiter = code == 'F' || code == 'S' || code == 'T' || code == 'R' || code == 'E';
    return delimiter && isAlnum(s.charAt(at - 1)) && isAlnum(s.charAt(end)) ? end : -1;
  }

  private static boolean isSuperscript(char c) {
    return c == '\u00B9'
        || c == '\u00B2'
        || c == '\u00B3'
        || c == '\u2070'
        || (c >= '\u2074' && c <= '\u2079')
        || c == '\u2020'
        || c == '\u2021';
  }

  private static boolean isAlnum(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** After {@code [}, an optional {@code ^} and one to three digits, the end after {@code ]}. */
  static int citationEnd(String s, int at) {
    int n = s.length();
    int k = at + 1;
    if (k < n && s.charAt(k) == '^') {
      k++;
    }
    int digits = k;
    while (k < n && k - digits < 4 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k > digits && k - digits <= 3 && k < n && s.charAt(k) == ']' ? k + 1 : -1;
  }

  /**
   * The end of the tag or comment at {@code at}, or -1: {@code <!--} to {@code -->} ({@value
   * #MAX_TAG} chars at most), or {@code <}, an optional {@code /}, an ASCII letter and name chars,
   * then {@code >} or {@code />}: a tag without attributes.
   */
  static int tagEnd(String s, int at) {
    int n = s.length();
    if (s.startsWith("<!--", at)) {
      for (int k = at + 4; k + 3 <= n && k - at <= MAX_TAG; k++) {
        if (s.startsWith("-->", k)) {
          return k + 3;
        }
      }
      return -1;
    }
    int k = at + 1;
    if (k < n && s.charAt(k) == '/') {
      k++;
    }
    if (k >= n || !isAsciiLetter(s.charAt(k))) {
      return -1;
    }
    while (k < n
        && (isAsciiLetter(s.charAt(k))
            || isDigit(s.charAt(k))
            || s.charAt(k) == '-'
            || s.charAt(k) == ':')) {
      k++;
    }
    if (k >= n) {
      return -1;
    }
    char c = s.charAt(k);
    if (c == '>') {
      return k + 1;
    }
    // a tag with attributes holds values of its own ({@code <family value="…"/>}): read as text
    return c == '/' && k + 1 < n && s.charAt(k + 1) == '>' ? k + 2 : -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
