package dev.masker.domain.masking.text;

/**
 * A sign glued to a number hides nothing: "my member id is ^48213377", "call me at $555-867-0134",
 * "ssn ~123-45-6789", "<48213377>", "«48213377»", "_48213377_". A sign that opens a word right
 * before an ASCII digit ({@code ~ ^ @ & * ! ` < « _ § ¤}, a "+" before digits with no group after
 * them, or a currency sign before seven digits or more with no cents), or closes one right after a
 * digit ({@code > » _ ~ ^ * `}), is read as a blank, one char for one char, so the number's readers
 * see it as they see it alone. An amount stays as written ("$1105.09", "$1,008", "€45"), and so
 * does a "+" before digit groups (a country code's: "+44 7700 900123").
 */
final class SignsAroundNumbers {
  private SignsAroundNumbers() {}

  /** How many digits after a currency sign make a number no amount is written with. */
  private static final int AMOUNT_DIGITS = 7;

  private static final String OPENERS = "~^@&*!`<\u00ab_\u00a7\u00a4";
  private static final String CLOSERS = ">\u00bb_~^*`";
  private static final String CURRENCIES = "$\u20ac\u00a3\u00a5";

  static String blanked(String text) {
    char[] out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (opens(text, i) || closes(text, i)) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = ' ';
      }
    }
    ScanSteps.record(n);
    return out == null ? text : new String(out);
  }

  /** A sign at {@code i} that opens a word right before a digit. */
  private static boolean opens(String text, int i) {
    if (i + 1 >= text.length()
        || !FoldedText.isAsciiDigit(text.charAt(i + 1))
        || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return false;
    }
    char c = text.charAt(i);
    return OPENERS.indexOf(c) >= 0
        || c == '+' && unseparated(text, i + 1)
        || CURRENCIES.indexOf(c) >= 0 && !amount(text, i + 1);
  }

  /** A sign at {@code i} that closes a word right after a digit. */
  private static boolean closes(String text, int i) {
    return i > 0
        && FoldedText.isAsciiDigit(text.charAt(i - 1))
        && CLOSERS.indexOf(text.charAt(i)) >= 0
        && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
  }

  /**
   * Whether the digits from {@code from} run on with no group mark after them: "+48213377", where
   * the "+" opens no country code a phone number's groups follow ("+44 7700 900123" keeps it).
   */
  private static boolean unseparated(String text, int from) {
    int i = from;
    while (i < text.length() && FoldedText.isAsciiDigit(text.charAt(i))) {
      i++;
    }
    return i == text.length() || " .-(/".indexOf(text.charAt(i)) < 0;
  }

  /**
   * Whether the number from {@code from} reads as an amount: fewer than {@value #AMOUNT_DIGITS}
   * digits in its run of digits and dashes, or grouped with commas, or with cents after a point.
   */
  private static boolean amount(String text, int from) {
    int digits = 0;
    int i = from;
    while (i < text.length()
        && (FoldedText.isAsciiDigit(text.charAt(i)) || text.charAt(i) == '-')) {
      digits += text.charAt(i) == '-' ? 0 : 1;
      i++;
    }
    if (digits < AMOUNT_DIGITS) {
      return true;
    }
    boolean grouped = i < text.length() && text.charAt(i) == ',';
    boolean cents =
        i + 2 < text.length()
            && text.charAt(i) == '.'
            && FoldedText.isAsciiDigit(text.charAt(i + 1))
            && FoldedText.isAsciiDigit(text.charAt(i + 2))
            && (i + 3 == text.length() || !FoldedText.isAsciiDigit(text.charAt(i + 3)));
    return grouped || cents;
  }
}
