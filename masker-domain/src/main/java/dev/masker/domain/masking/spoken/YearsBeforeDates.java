package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.lexicon.ResolvedSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * A year said before the month and day it belongs to, as callers read a date off a form that writes
 * the year first: "the one born nineteen eighty four, may twenty three", "it says 1944, november
 * six". The date found ("may twenty three") takes the year in front of it, so the birth year does
 * not go up in clear beside a masked day.
 */
public final class YearsBeforeDates {
  /** The longest a year said in words runs: "nineteen eighty four" is three words. */
  private static final int MAX_YEAR_WORDS = 4;

  private YearsBeforeDates() {}

  /** The dates among {@code resolved} with the year said right before them, made whole. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    for (Detection date : resolved) {
      if (date.kind() != EntityKind.DATE && date.kind() != EntityKind.DOB) {
        continue;
      }
      int before = date.start();
      if (before < 2 || !text.startsWith(", ", before - 2)) {
        continue;
      }
      int start = yearStart(text, before - 2, resolved);
      if (start >= 0) {
        out.add(
            new Detection(
                date.kind(),
                start,
                date.end(),
                Math.min(0.97, date.confidence() + 0.01),
                date.pass(),
                date.canonical()));
      }
    }
    return out;
  }

  /**
   * Where a year of the last century or this one, said in words or written, ends at {@code end} and
   * starts, or -1; not inside another value found.
   */
  private static int yearStart(String text, int end, List<Detection> resolved) {
    int start = end;
    for (int words = 1; words <= MAX_YEAR_WORDS; words++) {
      int space = text.lastIndexOf(' ', start - 2); // the blank before the word ending here
      int from = space + 1;
      if (from >= start) {
        return -1;
      }
      start = from;
      String phrase = text.substring(start, end);
      var digits = NumberWords.digits(phrase);
      if (digits.isPresent() && digits.get().length() == 4) {
        int year = Integer.parseInt(digits.get());
        boolean free = !ResolvedSpans.overlap(resolved, start, end);
        return year >= 1900 && year <= 2099 && free ? start : -1;
      }
      if (space < 0) {
        return -1;
      }
    }
    return -1;
  }
}
