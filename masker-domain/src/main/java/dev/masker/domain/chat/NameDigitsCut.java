package dev.masker.domain.chat;

/**
 * Whether a message's content goes on with the digits its {@code name} ends in: a number cut
 * between the two ({@code "name": "caller_458555"}, {@code "content": "0129 is my number"} or
 * {@code "the rest is 0129"}). ADR 30 refused a content that starts with a digit; a caller (or a
 * client bent on leaking) may put a few words before the rest (ADR 38). A content goes on with the
 * name's digits when it starts with a digit, or when its first run of digits comes within its first
 * {@value #NEAR} chars, is shorter than a value of its own (fewer than {@value #WHOLE} digits,
 * which detection masks in place) and makes one with the name's ({@value #WHOLE} digits or more
 * together): "agent_007" before "call me at 5" stays. Looks at {@value #NEAR} chars at most.
 */
final class NameDigitsCut {
  /** How far into the content its first digits may start. */
  static final int NEAR = 40;

  /** The digits of a value of its own: a phone's last seven, an MRN. */
  static final int WHOLE = 7;

  private NameDigitsCut() {}

  static boolean goesOn(int nameDigits, String content) {
    if (content.isEmpty()) {
      return false;
    }
    if (Character.isDigit(content.charAt(0))) {
      return true;
    }
    int limit = Math.min(content.length(), NEAR);
    int start = 0;
    while (start < limit && !Character.isDigit(content.charAt(start))) {
      start++;
    }
    if (start == limit) {
      return false;
    }
    int end = start;
    while (end < content.length() && Character.isDigit(content.charAt(end))) {
      end++;
    }
    int run = end - start;
    return run < WHOLE && nameDigits + run >= WHOLE;
  }
}
