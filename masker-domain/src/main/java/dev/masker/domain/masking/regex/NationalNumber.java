package dev.masker.domain.masking.regex;

/**
 * A telephone number in a national or international written grouping, read by hand from a start
 * position: an optional "+" and country code, then groups of digits separated by one space, dot,
 * dash or slash (a dash or slash may have a space on either side), groups in parentheses ("(11)", a
 * trunk "(0)"). Between 6 and 15 digits, not the shape of a date. The digits are the canonical
 * form, a trunk "(0)" after a country code left out.
 */
record NationalNumber(int end, String digits) {
  static final int MIN_DIGITS = 6;
  static final int MAX_DIGITS = 15;
  private static final int MAX_GROUPS = 8;

  /** The number starting at {@code start} (a digit, "+" or "("), or null. */
  static NationalNumber at(String text, int start) {
    int length = text.length();
    if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)))) {
      return null;
    }
    StringBuilder digits = new StringBuilder(16);
    int[] groupLengths = new int[MAX_GROUPS];
    char[] separators = new char[MAX_GROUPS];
    int groups = 0;
    int i = start;
    boolean countryCode = false;
    if (text.charAt(i) == '+') {
      i++;
      countryCode = true;
    }
    int end = -1;
    while (i < length && groups < MAX_GROUPS) {
      char c = text.charAt(i);
      int groupStart = i;
      if (c == '(') {
        int close = i + 1;
        while (close < length && close - i <= 6 && Anchored.isAsciiDigit(text.charAt(close))) {
          close++;
        }
        if (close == i + 1 || close >= length || text.charAt(close) != ')') {
          break;
        }
        String inside = text.substring(i + 1, close);
        if (!(countryCode && groups > 0 && inside.equals("0"))) {
          digits.append(inside);
        }
        i = close + 1;
      } else if (Anchored.isAsciiDigit(c)) {
        while (i < length && Anchored.isAsciiDigit(text.charAt(i))) {
          i++;
        }
        digits.append(text, groupStart, i);
      } else {
        break;
      }
      groupLengths[groups++] = i - groupStart;
      end = i;
      if (digits.length() > MAX_DIGITS) {
        return null;
      }
      // a separator, then another group
      int j = i;
      char separator = ' ';
      if (j < length && text.charAt(j) == ' ') {
        j++;
      }
      if (j < length && ".-/".indexOf(text.charAt(j)) >= 0) {
        separator = text.charAt(j);
        j++;
        if (separator != '.' && j < length && text.charAt(j) == ' ') {
          j++;
        }
      }
      boolean afterParenthesis = text.charAt(i - 1) == ')';
      if (j == i && !(j < length && (text.charAt(j) == '(' || afterParenthesis))) {
        break; // no separator: the number ends, unless a group in parentheses is glued on ("(0)6")
      }
      if (j >= length || !(Anchored.isAsciiDigit(text.charAt(j)) || text.charAt(j) == '(')) {
        break;
      }
      if (groups < MAX_GROUPS) {
        separators[groups] = separator;
      }
      i = j;
    }
    if (end < 0
        || end < length && (Character.isLetterOrDigit(text.charAt(end)))
        || digits.length() < MIN_DIGITS
        || digits.length() > MAX_DIGITS
        || !countryCode && isDate(groups, groupLengths, separators)) {
      return null;
    }
    return new NationalNumber(end, digits.toString());
  }

  /** "12.03.2024", "2024-03-12", "3/12/24": three groups of a date's lengths and one separator. */
  private static boolean isDate(int groups, int[] lengths, char[] separators) {
    if (groups != 3 || separators[1] != separators[2] || separators[1] == ' ') {
      return false;
    }
    boolean dayFirst = lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4);
    boolean yearFirst = lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2;
    return dayFirst || yearFirst;
  }
}
