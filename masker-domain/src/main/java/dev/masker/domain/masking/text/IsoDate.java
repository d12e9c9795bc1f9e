package dev.masker.domain.masking.text;

/**
 * A date's canonical form, {@code yyyy-MM-dd} (or {@code yyyy-MM}), written without {@link
 * String#format}: the date readers write one for every date they find, and a format string is
 * parsed anew on each call.
 */
public final class IsoDate {
  private IsoDate() {}

  /** {@code yyyy-MM-dd}, each part padded with zeros; the year has at least four digits. */
  public static String of(int year, int month, int day) {
    var out = new StringBuilder(10);
    pad(out, year, 4);
    pad(out.append('-'), month, 2);
    pad(out.append('-'), day, 2);
    return out.toString();
  }

  /** {@code yyyy-MM}. */
  public static String of(int year, int month) {
    var out = new StringBuilder(7);
    pad(out, year, 4);
    pad(out.append('-'), month, 2);
    return out.toString();
  }

  private static void pad(StringBuilder out, int value, int width) {
    if (value < 0) {
      out.append('-');
      value = -value;
    }
    var digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }
}
