package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.util.List;
import java.util.Set;

/**
 * A date of birth given in pieces, each named: "the month is may, the day is the ninth and the year
 * sixty one", "the year is nineteen thirty eight" after the day and month. Each piece after a birth
 * cue is a DOB of its own, so none of them reaches the upstream in clear; without a birth cue a
 * piece is no date ("what day is it", "the year is almost over"), and a year is one only after a
 * day or a month of the birth date (a year of birth alone is no PHI: "born in the year sixty one").
 */
final class DatePieces {
  /** How far before a piece its birth cue may end: the pieces come one after another. */
  private static final int WINDOW = 16;

  private static final Set<String> LINKS = Set.of("is", "was", "of", "the", ":", ",");

  private DatePieces() {}

  static void find(SpokenDateRecognizer dates, List<SpokenToken> tokens, List<Detection> out) {
    int n = tokens.size();
    for (int i = 0; i + 1 < n; i++) {
      var t = tokens.get(i);
      if (!t.isWord() || !(t.is("month") || t.is("day") || t.is("year"))) {
        continue;
      }
      int k = i + 1;
      while (k < n && k < i + 4 && LINKS.contains(tokens.get(k).text())) {
        k++;
      }
      if (k == i + 1 && !t.is("year")) {
        continue; // "3 9 54, day first": which comes first, not a day
      }
      int end = value(dates, tokens, t, k);
      if (end > k
          && SpokenDateRecognizer.birthCueBefore(tokens, i, WINDOW)
          && (!t.is("year") || birthDateBefore(tokens, i, out))) {
        out.add(
            new Detection(
                EntityKind.DOB,
                tokens.get(k).start(),
                tokens.get(end - 1).end(),
                0.8,
                Pass.REGEX,
                said(tokens, k, end)));
        i = end - 1;
      }
    }
  }

  /** Whether a part of a birth date was found in the {@value #WINDOW} tokens before {@code i}. */
  private static boolean birthDateBefore(List<SpokenToken> tokens, int i, List<Detection> out) {
    int from = tokens.get(Math.max(0, i - WINDOW)).start();
    int to = tokens.get(i).start();
    for (var d : out) {
      if (d.kind() == EntityKind.DOB && d.end() <= to && d.end() > from) {
        return true;
      }
    }
    return false;
  }

  /** The piece's words as said, in lower case: its canonical form. */
  private static String said(List<SpokenToken> tokens, int from, int to) {
    var words = new StringBuilder();
    for (int k = from; k < to; k++) {
      words.append(k > from ? " " : "").append(tokens.get(k).text());
    }
    return words.toString();
  }

  /** Where the value of the piece named {@code name} starting at {@code k} ends, or -1. */
  private static int value(
      SpokenDateRecognizer dates, List<SpokenToken> tokens, SpokenToken name, int k) {
    if (k >= tokens.size()) {
      return -1;
    }
    if (name.is("month")) {
      return SpokenDateRecognizer.MONTHS.containsKey(tokens.get(k).text()) ? k + 1 : -1;
    }
    var t = tokens.get(k);
    if (name.is("year") && t.isNumber() && t.text().length() == 2) {
      return k + 1; // "year is 61", written
    }
    long value = name.is("day") ? SpokenDateRecognizer.day(tokens, k) : dates.year(tokens, k);
    return value < 0 ? -1 : NumberWords.next(value);
  }
}
