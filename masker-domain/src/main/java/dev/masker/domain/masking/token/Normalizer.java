package dev.masker.domain.masking.token;

import dev.masker.domain.masking.EntityKind;
import java.util.Locale;

/**
 * How a kind's canonical value is written before it is hashed, so every surface form of one value
 * gives one token (SPEC §9): digits only for number-like kinds, lower case for email, case-folded
 * and whitespace-collapsed for names and places, upper case without spaces or dashes for codes,
 * trimmed otherwise. A number-like value without any digit, or an MRN with letters, is kept as a
 * code rather than collapsed to nothing.
 */
public enum Normalizer {
  DIGITS,
  LOWER,
  FOLDED,
  CODE,
  TRIMMED;

  public static Normalizer forKind(EntityKind kind) {
    switch (kind) {
      case PHONE:
      case FAX:
      case SSN:
      case ACCOUNT:
      case CREDIT_CARD:
      case ZIP:
      case MRN:
      case AGE:
        return DIGITS;
      case EMAIL:
        return LOWER;
      case NAME:
      case LOCATION:
      case ADDRESS:
        return FOLDED;
      case IBAN:
      case VEHICLE_ID:
      case HEALTH_PLAN_ID:
      case LICENSE:
      case DEVICE_ID:
        return CODE;
      default:
        return TRIMMED;
    }
  }

  public String apply(String canonical) {
    switch (this) {
      case DIGITS:
        return digits(canonical);
      case LOWER:
        return canonical.strip().toLowerCase(Locale.ROOT);
      case FOLDED:
        return collapse(canonical.toLowerCase(Locale.ROOT));
      case CODE:
        return code(canonical);
      default:
        return canonical.strip();
    }
  }

  private static String digits(String text) {
    var out = new StringBuilder(text.length());
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (Character.isLetter(c)) {
        letters = true;
      }
    }
    // An MRN like "AB12345" is a code; a value with no digit at all must not hash to "".
    return letters || out.length() == 0 ? code(text) : out.toString();
  }

  private static String code(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '-') {
        out.append(c);
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  private static String collapse(String text) {
    var out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
