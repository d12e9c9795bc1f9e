package dev.masker.domain.masking.text;

import java.util.Arrays;
import java.util.Map;

/**
 * Characters written as escapes, which a language model reads as the characters themselves: HTML
 * character references ({@code &#52;}, {@code &#x34;}, {@code &nbsp;}, {@code &commat;}),
 * percent-encoded UTF-8 ({@code %34}, {@code %20}, {@code %C3%B6}), quoted-printable non-ASCII
 * chars as e-mail bodies write them ({@code =C3=B6}), and JSON or JavaScript escapes left in text
 * ({@code &#92;u0034}, a surrogate pair of them, {@code &#92;x34}) and RTF's ({@code &#92;u83?}).
 * "Lo&#112;ez" is "Lopez" to the model, so it must be "Lopez" to detection too.
 *
 * <p>An e-mail address's signs written as bracketed words ("[at]", "(dot)", "{at}", with the spaces
 * around them) are read as the signs. Percent escapes inside a URL stay as they are: the URL is one
 * value. {@link FoldedText} decodes until no escape is left ({@code %2534} is {@code 4}), in at
 * most eight rounds. An escape that would give a lone surrogate, a control character other than a
 * line break or tab, or (percent-encoded) bytes that are not UTF-8 is left as it is. Named
 * references are a short list of the ones that stand for spaces, dashes and the signs values are
 * written with, and the ones of accented letters ({@code &oacute;}, {@link AccentedReferences}).
 */
public final class CharacterEscapes {
  private static final Map<String, Integer> NAMED =
      Map.ofEntries(
          Map.entry("nbsp", 0xA0),
          Map.entry("ensp", 0x2002),
          Map.entry("emsp", 0x2003),
          Map.entry("thinsp", 0x2009),
          Map.entry("shy", 0xAD),
          Map.entry("zwj", 0x200D),
          Map.entry("zwnj", 0x200C),
          Map.entry("amp", (int) '&'),
          Map.entry("lt", (int) '<'),
          Map.entry("gt", (int) '>'),
          Map.entry("quot", (int) '"'),
          Map.entry("apos", (int) '\''),
          Map.entry("commat", (int) '@'),
          Map.entry("period", (int) '.'),
          Map.entry("sol", (int) '/'),
          Map.entry("hyphen", 0x2010),
          Map.entry("dash", 0x2010),
          Map.entry("ndash", 0x2013),
          Map.entry("mdash", 0x2014),
          Map.entry("plus", (int) '+'),
          Map.entry("lpar", (int) '('),
          Map.entry("rpar", (int) ')'),
          Map.entry("num", (int) '#'),
          Map.entry("colon", (int) ':'),
          Map.entry("comma", (int) ','));

  private static final int LONGEST_NAME = 6;

  private CharacterEscapes() {}

  /** Whether {@code text} may hold an escape at all (one quick scan). */
  public static boolean mayHold(String text) {
    return text.indexOf('&') >= 0
        || text.indexOf('%') >= 0
        || text.indexOf('\\') >= 0
        || text.indexOf('[') >= 0
        || text.indexOf('(') >= 0
        || text.indexOf('{') >= 0
        || mayHoldQuotedPrintable(text);
  }

  /**
   * Whether {@code text} has a "=" before a hex digit from C to F: a quoted-printable lead byte.
   */
  private static boolean mayHoldQuotedPrintable(String text) {
    for (int i = text.indexOf('='); i >= 0 && i + 1 < text.length(); i = text.indexOf('=', i + 1)) {
      char c = text.charAt(i + 1);
      if (c >= 'C' && c <= 'F' || c >= 'c' && c <= 'f') {
        return true;
      }
    }
    return false;
  }

  /**
   * The escape starting at {@code i}, if any: the code point it stands for in the high 32 bits and
   * its length in chars in the low ones; -1 when no escape starts there.
   */
  public static long at(String s, int i) {
    char c = s.charAt(i);
    if (c == '&') {
      return reference(s, i);
    }
    if (c == '%') {
      return percent(s, i);
    }
    if (c == '=') {
      return quotedPrintable(s, i);
    }
    if (c == '\\') {
      return backslash(s, i);
    }
    if (c == ' ' || c == '[' || c == '(' || c == '{') {
      return bracketed(s, i);
    }
    return -1;
  }

  /**
   * An e-mail address's "@" or "." written as a bracketed word, with the spaces around it: "maria
   * [at] example [dot] com", "maria(at)example(dot)com", "{at}".
   */
  private static long bracketed(String s, int i) {
    int n = s.length();
    int k = i;
    while (k < n && k - i < 3 && s.charAt(k) == ' ') {
      k++;
    }
    if (k >= n) {
      return -1;
    }
    char open = s.charAt(k);
    char close = open == '[' ? ']' : open == '(' ? ')' : open == '{' ? '}' : 0;
    if (close == 0) {
      return -1;
    }
    int word = k + 1;
    int sign;
    int end;
    if (s.regionMatches(true, word, "at", 0, 2) && word + 2 < n && s.charAt(word + 2) == close) {
      sign = '@';
      end = word + 3;
    } else if (s.regionMatches(true, word, "dot", 0, 3)
        && word + 3 < n
        && s.charAt(word + 3) == close) {
      sign = '.';
      end = word + 4;
    } else {
      return -1;
    }
    for (int spaces = 0; end < n && spaces < 3 && s.charAt(end) == ' '; spaces++) {
      end++;
    }
    return escape(sign, end - i);
  }

  /** The code point of an escape found by {@link #at}. */
  public static int codePoint(long escape) {
    return (int) (escape >>> 32);
  }

  /** The length, in chars, of an escape found by {@link #at}. */
  public static int length(long escape) {
    return (int) escape;
  }

  /**
   * {@code text} with its escapes decoded (one round), and for each char of the result the original
   * range it came from; null when there is no escape in it.
   */
  static Decoded decode(String text) {
    StringBuilder out = null;
    int[] starts = null;
    int[] ends = null;
    int n = text.length();
    int urlEnd = -1;
    for (int i = 0; i < n; ) {
      if (i >= urlEnd && startsUrl(text, i)) {
        urlEnd = endOfWord(text, i);
      }
      long escape =
          i < urlEnd && (text.charAt(i) == '%' || text.charAt(i) == '=') ? -1 : at(text, i);
      if (escape < 0) {
        if (out != null) {
          int at = out.length();
          out.append(text.charAt(i));
          starts[at] = i;
          ends[at] = i + 1;
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
        starts = new int[n];
        ends = new int[n];
        out.append(text, 0, i);
        for (int k = 0; k < i; k++) {
          starts[k] = k;
          ends[k] = k + 1;
        }
      }
      int end = i + length(escape);
      for (char d : Character.toChars(codePoint(escape))) {
        int at = out.length();
        out.append(d);
        starts[at] = i;
        ends[at] = end;
      }
      i = end;
    }
    if (out == null) {
      return null;
    }
    return new Decoded(
        out.toString(), Arrays.copyOf(starts, out.length()), Arrays.copyOf(ends, out.length()));
  }

  /**
   * Whether a URL starts at {@code i} ("https://", "www."): percent escapes stay inside it, since a
   * URL is masked whole and a decoded space would cut it in two.
   */
  private static boolean startsUrl(String s, int i) {
    char c = s.charAt(i);
    if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
      return false;
    }
    if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
      return false;
    }
    return s.regionMatches(true, i, "http://", 0, 7)
        || s.regionMatches(true, i, "https://", 0, 8)
        || s.regionMatches(true, i, "www.", 0, 4);
  }

  private static int endOfWord(String s, int i) {
    int end = i;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /** A decoded text: per char, the original range it came from. */
  record Decoded(String text, int[] starts, int[] ends) {}

  private static long reference(String s, int i) {
    int n = s.length();
    int k = i + 1;
    if (k < n && s.charAt(k) == '#') {
      k++;
      boolean hex = k < n && (s.charAt(k) == 'x' || s.charAt(k) == 'X');
      if (hex) {
        k++;
      }
      int digitsFrom = k;
      long value = 0;
      while (k < n && k - digitsFrom < 8 && digit(s.charAt(k), hex ? 16 : 10) >= 0) {
        value = value * (hex ? 16 : 10) + digit(s.charAt(k), hex ? 16 : 10);
        k++;
      }
      if (k == digitsFrom || k >= n || s.charAt(k) != ';') {
        return -1;
      }
      return escape(value, k + 1 - i);
    }
    int nameFrom = k;
    while (k < n && k - nameFrom <= LONGEST_NAME && isAsciiLetter(s.charAt(k))) {
      k++;
    }
    if (k == nameFrom || k >= n || s.charAt(k) != ';') {
      return -1;
    }
    Integer named = NAMED.get(s.substring(nameFrom, k));
    if (named == null) {
      int letter = AccentedReferences.letter(s.substring(nameFrom, k));
      return letter < 0 ? -1 : escape(letter, k + 1 - i);
    }
    return escape(named, k + 1 - i);
  }

  private static long percent(String s, int i) {
    int first = hexByte(s, i, '%');
    if (first < 0) {
      return -1;
    }
    if (first < 0x80) {
      return first >= 0x20 && first < 0x7F ? escape(first, 3) : -1;
    }
    return utf8(s, i, first, '%');
  }

  /**
   * A quoted-printable escape of one non-ASCII char, as e-mail bodies write it ({@code =C3=AD} for
   * "í"): its UTF-8 bytes as {@code =HH}. An ASCII byte written so stays ("mrn=52930471" is a pair,
   * not an "R"): an encoder escapes only "=" and non-ASCII bytes, and a pair's "=" before digits is
   * far more common.
   */
  private static long quotedPrintable(String s, int i) {
    int first = hexByte(s, i, '=');
    return first < 0x80 ? -1 : utf8(s, i, first, '=');
  }

  /** The char whose UTF-8 bytes are written {@code %HH} (or {@code =HH}) from {@code i}, or -1. */
  private static long utf8(String s, int i, int first, char mark) {
    int more = first >= 0xF0 && first < 0xF5 ? 3 : first >= 0xE0 ? 2 : first >= 0xC2 ? 1 : -1;
    if (more < 0 || first >= 0xF5) {
      return -1;
    }
    int value = first & (0x3F >> more);
    for (int b = 1; b <= more; b++) {
      int next = hexByte(s, i + 3 * b, mark);
      if (next < 0x80 || next > 0xBF) {
        return -1;
      }
      value = (value << 6) | (next & 0x3F);
    }
    int least = more == 1 ? 0x80 : more == 2 ? 0x800 : 0x10000;
    return value < least ? -1 : escape(value, 3 * (more + 1));
  }

  /** The byte written {@code %HH} (with {@code mark} for "%") at {@code i}, or -1. */
  private static int hexByte(String s, int i, char mark) {
    if (i + 2 >= s.length() || s.charAt(i) != mark) {
      return -1;
    }
    int high = digit(s.charAt(i + 1), 16);
    int low = digit(s.charAt(i + 2), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  private static long backslash(String s, int i) {
    int n = s.length();
    if (i + 1 >= n) {
      return -1;
    }
    char kind = s.charAt(i + 1);
    if (kind == 'x') {
      int value = hex(s, i + 2, 2);
      return value < 0 ? -1 : escape(value, 4);
    }
    if (kind != 'u') {
      return -1;
    }
    int value = hex(s, i + 2, 4);
    if (value < 0) {
      return rtfUnicode(s, i);
    }
    if (Character.isHighSurrogate((char) value)
        && i + 12 <= n
        && s.charAt(i + 6) == '\\'
        && s.charAt(i + 7) == 'u') {
      int low = hex(s, i + 8, 4);
      if (low >= 0 && Character.isLowSurrogate((char) low)) {
        return escape(Character.toCodePoint((char) value, (char) low), 12);
      }
    }
    return escape(value, 6);
  }

  /**
   * RTF's Unicode escape at {@code i}: "\\u", a signed decimal UTF-16 unit and the "?" written for
   * readers that cannot show it ("Birgit \\u83?olander" is "Solander", ADR 22); or -1.
   */
  private static long rtfUnicode(String s, int i) {
    int k = i + 2;
    boolean negative = k < s.length() && s.charAt(k) == '-';
    if (negative) {
      k++;
    }
    int from = k;
    int value = 0;
    while (k < s.length() && k - from < 5 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      value = value * 10 + (s.charAt(k) - '0');
      k++;
    }
    if (k == from || k >= s.length() || s.charAt(k) != '?') {
      return -1;
    }
    int unit = negative ? 65536 - value : value;
    return unit <= 0 || unit > 0xFFFF ? -1 : escape(unit, k + 1 - i);
  }

  /** {@code count} hex digits at {@code i} as a number, or -1. */
  private static int hex(String s, int i, int count) {
    if (i + count > s.length()) {
      return -1;
    }
    int value = 0;
    for (int k = i; k < i + count; k++) {
      int d = digit(s.charAt(k), 16);
      if (d < 0) {
        return -1;
      }
      value = value * 16 + d;
    }
    return value;
  }

  private static long escape(long codePoint, int length) {
    if (codePoint > Character.MAX_CODE_POINT
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
        || (Character.getType((int) codePoint) == Character.CONTROL
            && codePoint != '\n'
            && codePoint != '\t'
            && codePoint != '\r')) {
      return -1;
    }
    return (codePoint << 32) | length;
  }

  private static int digit(char c, int radix) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (radix == 16 && c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (radix == 16 && c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
