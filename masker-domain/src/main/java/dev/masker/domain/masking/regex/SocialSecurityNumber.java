package dev.masker.domain.masking.regex;

/**
 * The ranges the Social Security Administration never issues: area 000, 666 and 900–999, group 00
 * and serial 0000.
 */
public final class SocialSecurityNumber {
  private SocialSecurityNumber() {}

  /** Whether area, group and serial lie in the issued ranges. */
  public static boolean isValid(int area, int group, int serial) {
    return area > 0
        && area != 666
        && area < 900
        && group > 0
        && group <= 99
        && serial > 0
        && serial <= 9999;
  }

  /** Whether these nine digits (nothing else) lie in the issued ranges. */
  public static boolean isValid(CharSequence nineDigits) {
    if (nineDigits.length() != 9) {
      return false;
    }
    for (int i = 0; i < 9; i++) {
      if (nineDigits.charAt(i) < '0' || nineDigits.charAt(i) > '9') {
        return false;
      }
    }
    String s = nineDigits.toString();
    return isValid(
        Integer.parseInt(s, 0, 3, 10),
        Integer.parseInt(s, 3, 5, 10),
        Integer.parseInt(s, 5, 9, 10));
  }
}
