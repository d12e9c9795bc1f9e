package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.Locale;
import java.util.Set;

/**
 * The date a box, a card or test strips expire on ("it expires march 2026", "the expiry date on the
 * test strips is november twenty twenty seven"): a date of a thing, not of the person, which Safe
 * Harbor does not ask to remove, said where a caller reads a label. A date said a few words after
 * "expires", "expiry", "expiration" or "exp" in its clause is such a date; a date of birth never
 * is.
 */
public final class ExpiryDates {
  private static final Set<String> EXPIRY =
      Set.of("expires", "expire", "expired", "expiry", "expiration", "exp", "expiring");

  /** How many words before the date the expiry word may be said, in its clause. */
  private static final int WORDS = 8;

  /** Words that start another clause: an expiry word before them says nothing of the date. */
  private static final Set<String> CLAUSES = Set.of("and", "but", "so", "then", "because");

  private ExpiryDates() {}

  /** Whether {@code date} is a DATE said a few words after an expiry word in {@code text}. */
  public static boolean of(String text, Detection date) {
    if (date.kind() != EntityKind.DATE || text.indexOf("xp") < 0) {
      return false;
    }
    int i = date.start();
    for (int words = 0; words < WORDS && i > 0; words++) {
      while (i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1))) {
        if (words > 0 && ".;!?".indexOf(text.charAt(i - 1)) >= 0) {
          return false; // another sentence
        }
        i--;
      }
      int end = i;
      while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i--;
      }
      String word = text.substring(i, end).toLowerCase(Locale.ROOT);
      if (EXPIRY.contains(word)) {
        return true;
      }
      if (CLAUSES.contains(word)) {
        return false;
      }
    }
    return false;
  }
}
