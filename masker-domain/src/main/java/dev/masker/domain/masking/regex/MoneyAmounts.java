package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import java.util.regex.Pattern;

/**
 * An amount of money is no one's number: "the amount due is $1293.81", "a balance of $1,008". A
 * detection that is nothing but an amount written right after its currency sign, with cents or with
 * its thousands grouped, is dropped, whatever read it as an account or a phone number. A number
 * with a sign and no such shape ("$48213377") is still read: a sign put before a value must not
 * hide it.
 */
public final class MoneyAmounts {
  private static final Pattern AMOUNT =
      Pattern.compile("[0-9]{1,7}(?:,[0-9]{3})*\\.[0-9]{2}|[0-9]{1,3}(?:,[0-9]{3})+");

  private MoneyAmounts() {}

  /** Whether {@code detection} of {@code text} is the figure of an amount after its sign. */
  public static boolean of(String text, Detection detection) {
    int start = detection.start();
    int end = detection.end();
    return start > 0
        && isCurrency(text.charAt(start - 1))
        && end - start <= 16
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
        && AMOUNT.matcher(text).region(start, end).matches();
  }

  private static boolean isCurrency(char c) {
    return c == '$' || c == '€' || c == '£' || c == '¥';
  }
}
