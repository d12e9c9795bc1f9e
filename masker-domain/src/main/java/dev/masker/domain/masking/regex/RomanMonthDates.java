package dev.masker.domain.masking.regex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates written day, month in Roman numerals, year ("22.III.1956", "22-iii-56", "22 III 1956"), as
 * they are in Poland, Italy, Romania and other countries: joined by one kind of mark, or by single
 * spaces with the month in capitals and a year of four digits. Part of {@link DateRecognizer}.
 */
final class RomanMonthDates {
  private static final Pattern DAY_ROMAN_MONTH =
      Pattern.compile(
          "(?<![\\w.,/-])(\\d{1,2})(?:([./-])(?i:(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i))\\2"
              + "(\\d{4}|\\d{2})|( )(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)( )"
              + DateRecognizer.YEAR
              + ")(?![\\w]|[./-]\\d)");

  private static final List<String> ROMAN_MONTHS =
      List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

  /** One date found: where it is written and the day it names. */
  record Found(int start, int end, LocalDate date) {}

  private RomanMonthDates() {}

  /** The dates of this shape in {@code text} that the calendar has, in text order. */
  static List<Found> find(String text, CalendarDate calendar) {
    var found = new ArrayList<Found>();
    Anchored m = Anchored.atDigitWordStarts(DAY_ROMAN_MONTH, text, RomanMonthDates::mayStart);
    while (m.find()) {
      boolean joined = m.group(3) != null;
      int month = ROMAN_MONTHS.indexOf((joined ? m.group(3) : m.group(6)).toLowerCase(Locale.ROOT));
      int day = Integer.parseInt(m.group(1));
      String yearDigits = joined ? m.group(4) : m.group(8);
      int year = Integer.parseInt(yearDigits);
      if (yearDigits.length() == 2) {
        year = calendar.fullYear(year);
      }
      var date = CalendarDate.of(year, month + 1, day);
      if (date.isPresent()) {
        found.add(new Found(m.start(), m.end(), date.get()));
      }
    }
    return found;
  }

  /** A day of one or two digits before a mark or a space and a Roman numeral's letter. */
  private static boolean mayStart(String text, int i) {
    if (!Anchored.digitRunAt(text, i, 1, 2)) {
      return false;
    }
    int j = i + Anchored.digitsAt(text, i, 2);
    return Anchored.oneOfAt(text, j, "./- ")
        && j + 1 < text.length()
        && "ivxIVX".indexOf(text.charAt(j + 1)) >= 0;
  }
}
