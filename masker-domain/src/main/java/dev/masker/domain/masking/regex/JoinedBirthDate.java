package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.text.IsoDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A date of birth written as eight or six digits with no separator, right after its cue. */
final class JoinedBirthDate {
  private JoinedBirthDate() {}

  /**
   * Six digits after the cue ("dob 081952", "dob 031461"): a month and a year of four figures, or
   * month, day and a year of two figures (day and month the other way round when only that exists).
   */
  private static void sixDigits(String d, int start, List<Detection> out) {
    int a = Integer.parseInt(d.substring(0, 2));
    int b = Integer.parseInt(d.substring(2, 4));
    int year = Integer.parseInt(d.substring(2));
    String canonical = null;
    if (a >= 1 && a <= 12 && year >= 1900 && year <= 2099) {
      canonical = IsoDate.of(year, a);
    } else {
      int yy = Integer.parseInt(d.substring(4));
      int full = yy <= CalendarDate.DEFAULT_PIVOT ? 2000 + yy : 1900 + yy;
      var date = CalendarDate.of(full, a, b).or(() -> CalendarDate.of(full, b, a));
      canonical = date.map(LocalDate::toString).orElse(null);
    }
    if (canonical != null) {
      out.add(
          new Detection(
              EntityKind.DOB,
              start,
              start + 6,
              CueOverValidator.CONFIDENCE,
              Pass.REGEX,
              canonical));
    }
  }

  /**
   * Eight digits with no separator right after a birth cue ("DOB:03141961", "dob 19610314"): a
   * birth date in month-day-year, year-month-day or day-month-year order, the first that exists.
   * Six digits are read by {@link #sixDigits}. Only after the cue: such digits alone are as often
   * an order or record number.
   */
  static void find(String text, Cue birth, List<Detection> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Anchored.isAsciiDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Anchored.isAsciiDigit(text.charAt(i))) {
        i++;
      }
      if (i - start != 8 && i - start != 6
          || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))
          || (i < n && Character.isLetterOrDigit(text.charAt(i)))
          || !birth.precedes(text, start, CueOverValidator.WORDS)) {
        continue;
      }
      var d = text.substring(start, i);
      if (d.length() == 6) {
        sixDigits(d, start, out);
        continue;
      }
      int a = Integer.parseInt(d.substring(0, 2));
      int b = Integer.parseInt(d.substring(2, 4));
      int yearLast = Integer.parseInt(d.substring(4));
      int yearFirst = Integer.parseInt(d.substring(0, 4));
      Optional<LocalDate> date = Optional.empty();
      if (yearFirst >= 1850 && yearFirst <= 2150) {
        date =
            CalendarDate.of(
                yearFirst, Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6)));
      }
      if (date.isEmpty() && yearLast >= 1850 && yearLast <= 2150) {
        date = CalendarDate.of(yearLast, a, b);
        if (date.isEmpty()) {
          date = CalendarDate.of(yearLast, b, a);
        }
      }
      if (date.isPresent()) {
        out.add(
            new Detection(
                EntityKind.DOB,
                start,
                i,
                CueOverValidator.CONFIDENCE,
                Pass.REGEX,
                date.get().toString()));
      }
    }
  }
}
