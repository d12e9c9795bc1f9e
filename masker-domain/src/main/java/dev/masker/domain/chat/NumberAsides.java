package dev.masker.domain.chat;

import java.util.regex.Pattern;

/**
 * A text with a phone number said around an aside, read with the number whole: the area code said
 * last ("555 0187, area code 312" reads "312 555 0187") and a remark in parentheses between two
 * digit groups ("312 (that's Chicago) 555 0187" reads "312 555 0187"). A model joins the groups at
 * once; for detection seven digits alone are no phone. Only to learn from: what is learned is
 * masked where it is by the known-value search (a phone's last four digits, when the policy asks
 * for them, and its digits wherever they stand together).
 */
final class NumberAsides {
  private static final Pattern AREA_CODE_LAST =
      Pattern.compile(
          "(?<![0-9])([0-9]{3})[ .-]?([0-9]{4})(?![0-9])[ ,;]{1,3}(?:the |and the |with )?area code"
              + "(?: is)?[ :]{1,2}\\(?([0-9]{3})(?![0-9])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern REMARK_BETWEEN_GROUPS =
      Pattern.compile("(?<=[0-9]) ?\\([^()0-9\\n]{1,40}\\) ?(?=[0-9])");

  private NumberAsides() {}

  /** The text read so, or null when it holds no such aside. */
  static String of(String text) {
    if (text.indexOf('(') < 0 && !containsAreaCode(text)) {
      return null;
    }
    var read = text;
    if (containsAreaCode(read)) {
      read = AREA_CODE_LAST.matcher(read).replaceAll("$3 $1 $2");
    }
    if (read.indexOf('(') >= 0) {
      read = REMARK_BETWEEN_GROUPS.matcher(read).replaceAll(" ");
    }
    return read.equals(text) ? null : read;
  }

  private static boolean containsAreaCode(String text) {
    int at = text.indexOf("rea code");
    return at > 0 && (text.charAt(at - 1) == 'a' || text.charAt(at - 1) == 'A');
  }
}
