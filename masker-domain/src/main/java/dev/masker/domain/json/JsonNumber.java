package dev.masker.domain.json;

import java.util.Objects;

/**
 * A JSON number, kept exactly as written ({@code 1.0}, {@code 1e5} and {@code -0} stay so) and
 * written back verbatim. The text must follow the JSON grammar {@code
 * -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. Two numbers are equal when written alike.
 * Printing one shows its length only: numbers may be identifiers.
 */
public record JsonNumber(String text) implements Json {
  public JsonNumber {
    Objects.requireNonNull(text, "text");
    if (end(text, 0) != text.length()) {
      throw new IllegalArgumentException("not a JSON number");
    }
  }

  @Override
  public String toString() {
    return "JsonNumber[" + text.length() + " chars]";
  }

  /**
   * Reads the longest JSON number of {@code s} that starts at {@code start}: its end (exclusive),
   * or {@code ~offset} of the first character that breaks the grammar.
   */
  static int end(String s, int start) {
    int len = s.length();
    int i = start;
    if (i < len && s.charAt(i) == '-') {
      i++;
    }
    if (i >= len) {
      return ~i;
    }
    char c = s.charAt(i);
    if (c == '0') {
      i++;
    } else if (c >= '1' && c <= '9') {
      i = digits(s, i + 1);
    } else {
      return ~i;
    }
    if (i < len && s.charAt(i) == '.') {
      i++;
      if (!isDigit(s, i)) {
        return ~i;
      }
      i = digits(s, i + 1);
    }
    if (i < len && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (!isDigit(s, i)) {
        return ~i;
      }
      i = digits(s, i + 1);
    }
    return i;
  }

  private static int digits(String s, int i) {
    while (isDigit(s, i)) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c >= '0' && c <= '9';
  }
}
