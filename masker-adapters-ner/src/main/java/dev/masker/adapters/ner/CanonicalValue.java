package dev.masker.adapters.ner;

import dev.masker.domain.masking.EntityKind;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of a value a model found, written as the built-in passes write it, so that a
 * phone number the model finds and one the patterns find get the same token: digits only for
 * number-like kinds written with digits and separators, lower case for email addresses, upper case
 * without spaces or dashes for codes; the text itself for anything else.
 */
final class CanonicalValue {
  private static final Set<EntityKind> NUMBERS =
      Set.of(
          EntityKind.PHONE,
          EntityKind.FAX,
          EntityKind.SSN,
          EntityKind.ZIP,
          EntityKind.CREDIT_CARD,
          EntityKind.ACCOUNT,
          EntityKind.MRN,
          EntityKind.HEALTH_PLAN_ID);
  private static final Set<EntityKind> CODES = Set.of(EntityKind.IBAN, EntityKind.VEHICLE_ID);

  private CanonicalValue() {}

  static String of(EntityKind kind, String value) {
    if (NUMBERS.contains(kind) && writtenAsNumber(value)) {
      var digits = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c >= '0' && c <= '9') {
          digits.append(c);
        }
      }
      return digits.toString();
    }
    if (kind == EntityKind.EMAIL) {
      return value.toLowerCase(Locale.ROOT);
    }
    if (CODES.contains(kind)) {
      return value.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    }
    return value;
  }

  private static boolean writtenAsNumber(String value) {
    boolean digit = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (" ()+-./".indexOf(c) < 0) {
        return false;
      }
    }
    return digit;
  }
}
