package dev.masker.domain.masking.regex;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates that exist (months 1–12, days within the month, February 29 only in leap years) and
 * two-digit years read with a pivot: {@code 00} to the pivot are 20xx, later ones 19xx. The pivot
 * is a parameter so the domain stays clock-free; {@link #DEFAULT_PIVOT} is 26, the two digits of
 * the year this code was written (2026), so "3/3/82" is 1982 and "3/3/19" is 2019.
 */
public final class CalendarDate {
  /** Two-digit years up to this one are read as 20xx. */
  public static final int DEFAULT_PIVOT = 26;

  private static final CalendarDate DEFAULT = new CalendarDate(DEFAULT_PIVOT);

  private final int pivot;

  public CalendarDate(int pivot) {
    if (pivot < 0 || pivot > 99) {
      throw new IllegalArgumentException("the pivot is a two-digit year, 0 to 99");
    }
    this.pivot = pivot;
  }

  public static CalendarDate withDefaultPivot() {
    return DEFAULT;
  }

  /** The four-digit year of a two-digit one. */
  public int fullYear(int twoDigitYear) {
    if (twoDigitYear < 0 || twoDigitYear > 99) {
      throw new IllegalArgumentException("a two-digit year is 0 to 99");
    }
    return twoDigitYear <= pivot ? 2000 + twoDigitYear : 1900 + twoDigitYear;
  }

  /** The date, when it exists. */
  public static Optional<LocalDate> of(int year, int month, int day) {
    if (!exists(year, month, day)) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /** Whether that day exists in the proleptic Gregorian calendar (years 1 to 9999). */
  public static boolean exists(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= daysIn(year, month);
  }

  private static int daysIn(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  private static boolean isLeap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }
}
