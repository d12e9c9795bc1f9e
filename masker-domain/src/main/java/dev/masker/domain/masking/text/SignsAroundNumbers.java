package dev.masker.domain.masking.text;

/**
 * A sign glued to a number hides nothing: "my member id is ^48213377", "call me at $555-867-0134",
 * "ssn ~123-45-6789", "<48213377>", "«48213377»", "_48213377_", "•48213377", "→48213377". A char
 * that is no letter, digit or blank and no mark numbers are written with (signs, decimal points,
 * date slashes, group dashes, brackets, quotes, "#", "%", "=", cell bars) that opens a word right
 * before an ASCII digit or closes one right after it is read as a blank, one char for one char, so
 * the number's readers see it as they see it alone; so is a "+" before digits with no group after
 * them, and a currency sign before seven digits or more with no cents. An amount stays as written
 * ("$1105.09", "$1,008", "€45"), and so does a "+" before digit groups (a country code's: "+44 7700
 * 900123").
 */
final class SignsAroundNumbers {
  private SignsAroundNumbers() {}

  /** How many digits after a currency sign make a number no amount is written with. */
  private static final int AMOUNT_DIGITS = 7;

  /**
   * Marks that belong to how numbers are written (signs, decimals, dates, groups, cells, quotes),
   * and "?", which ends an RTF escape ("\\u233?").
   */
  private static final String NUMBER_MARKS = "-.,/:;?()[]{}'\"#%=+|\\$\u20ac\u00a3\u00a5";

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
    return sign(c)
        || c == '+' && unseparated(text, i + 1)
        || CURRENCIES.indexOf(c) >= 0 && !amount(text, i + 1);
  }

  /** A sign at {@code i} that closes a word right after a digit. */
  private static boolean closes(String text, int i) {
    return i > 0
        && FoldedText.isAsciiDigit(text.charAt(i - 1))
        && sign(text.charAt(i))
        && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
  }

  /**
   * A char of no word and of no number's writing: "^", "~", "<", "«", "•", "→", "¿", "_", … (a
   * surrogate is left alone, so no pair is cut).
   */
  private static boolean sign(char c) {
    return !Character.isLetterOrDigit(c)
        && !Character.isWhitespace(c)
        && !Character.isSurrogate(c)
        && NUMBER_MARKS.indexOf(c) < 0;
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
