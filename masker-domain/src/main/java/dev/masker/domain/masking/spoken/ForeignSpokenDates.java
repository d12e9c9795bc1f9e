package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dates said in the words of the other languages callers of a US clinic speak: French, Spanish,
 * Portuguese, German and Italian — "le quatorze mars mille neuf cent cinquante-sept", "el catorce
 * de marzo de mil novecientos cincuenta y siete", "am vierzehnten märz
 * neunzehnhundertsiebenundfünfzig", "il quattordici marzo millenovecentocinquantasette" (left open
 * by the eleventh hunt, ADR 30).
 *
 * <p>A month name of those languages counts with a day before it or a year after it, said in their
 * number words (German and Italian write a number as one word, read here by its parts) or in
 * digits. A day in digits with no year needs "de", "di" or a German full stop between it and the
 * month, so "add 2 mayo" stays a sandwich. A date with a birth word of any of the languages (or
 * English) before it is a DOB; a complete date has the canonical {@code yyyy-MM-dd}, so "le 14 mars
 * 1957" and the words for it are one value.
 */
final class ForeignSpokenDates {
  private static final int CUE_WINDOW = 10;
  private static final int MAX_RUN = 14;

  private static final Map<String, Integer> MONTHS = ForeignDateWords.MONTHS;

  /** The number words of the five languages, and the parts German and Italian join them from. */
  private static final Map<String, Integer> NUMBERS = ForeignDateWords.NUMBERS;

  /** Words that join the parts of a number said as several words: "y", "e", "et", "und". */
  private static final Set<String> JOINERS = Set.of("y", "e", "et", "und");

  /** Words between a day, its month and its year: "de", "di", "del", "do", "da". */
  private static final Set<String> LINKS = Set.of("de", "di", "del", "do", "da", "of");

  /** Adds every date said in those languages in {@code tokens} of {@code text} to {@code out}. */
  void find(String text, List<SpokenToken> tokens, List<Detection> out) {
    for (int m = 0; m < tokens.size(); m++) {
      var token = tokens.get(m);
      if (!token.isWord()) {
        continue;
      }
      Integer month = MONTHS.get(token.text());
      if (month != null) {
        m = date(text, tokens, m, month, out);
      }
    }
  }

  /** A date around the month at {@code m}; returns the index to go on from. */
  private int date(String text, List<SpokenToken> tokens, int m, int month, List<Detection> out) {
    int beforeMonth = m - 1;
    boolean linked = false;
    if (beforeMonth >= 0 && isLink(tokens.get(beforeMonth))) {
      linked = true;
      beforeMonth--;
    }
    Run day = dayBefore(tokens, beforeMonth);
    int afterMonth = m + 1;
    if (afterMonth < tokens.size() && isLink(tokens.get(afterMonth))) {
      afterMonth++;
    } else if (afterMonth < tokens.size() && tokens.get(afterMonth).is(",")) {
      afterMonth++;
    }
    Run year = yearAfter(tokens, afterMonth);
    boolean foreignMonth = !ENGLISH_MONTHS.contains(tokens.get(m).text());
    if (day != null && year == null && day.digits && !linked) {
      day = null;
    }
    if (day == null && year == null
        || !foreignMonth && (day == null || !day.words) && (year == null || !year.words)) {
      return m;
    }
    int first = day != null ? day.from : m;
    int last = year != null ? year.to : m;
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    String canonical = text.substring(start, end).toLowerCase(Locale.ROOT);
    if (day != null && year != null) {
      try {
        canonical = LocalDate.of((int) year.value, month, (int) day.value).toString();
      } catch (DateTimeException notADay) {
        // "le trente février …": said as a date all the same; kept as said
      }
    }
    boolean birth = birthCue(tokens, first, last);
    out.add(
        new Detection(
            birth ? EntityKind.DOB : EntityKind.DATE, start, end, 0.85, Pass.REGEX, canonical));
    return last;
  }

  private static final Set<String> ENGLISH_MONTHS =
      Set.of("april", "august", "september", "november");

  private static boolean isLink(SpokenToken token) {
    return LINKS.contains(token.text()) || token.is(".");
  }

  /** The day said in the tokens ending at {@code last}, or null. */
  private static Run dayBefore(List<SpokenToken> tokens, int last) {
    if (last < 0) {
      return null;
    }
    var token = tokens.get(last);
    if (token.isNumber()) {
      int value = token.text().length() <= 2 ? Integer.parseInt(token.text()) : 0;
      return value >= 1 && value <= 31 ? new Run(last, last, value, false, true) : null;
    }
    if (!token.isWord()) {
      return null;
    }
    Integer ordinal = ForeignDateWords.ORDINAL_DAYS.get(token.text());
    if (ordinal != null) {
      return new Run(last, last, ordinal, true, false);
    }
    // the longest run of number words before the month that says a day: "vingt et un"
    Run best = null;
    for (int from = last; from >= Math.max(0, last - 3); from--) {
      long value = value(tokens, from, last);
      if (value >= 1 && value <= 31) {
        best = new Run(from, last, value, true, false);
      } else if (value < 0 && !JOINERS.contains(tokens.get(from).text())) {
        break;
      }
    }
    if (best == null) {
      long value = NUMBERS.containsKey(token.text()) ? -1 : germanOrdinal(token.text());
      if (value >= 1 && value <= 31) {
        best = new Run(last, last, value, true, false);
      }
    }
    return best;
  }

  /** The year of four figures said in the tokens from {@code first}, or null. */
  private static Run yearAfter(List<SpokenToken> tokens, int first) {
    if (first >= tokens.size()) {
      return null;
    }
    var token = tokens.get(first);
    if (token.isNumber()) {
      int value = token.text().length() == 4 ? Integer.parseInt(token.text()) : 0;
      return value >= 1900 && value <= 2099 ? new Run(first, first, value, false, true) : null;
    }
    Run best = null;
    for (int to = first; to < Math.min(tokens.size(), first + MAX_RUN); to++) {
      var word = tokens.get(to);
      if (!word.isWord()) {
        if (word.is("-")) {
          continue; // "cinquante-sept"
        }
        break;
      }
      if (!JOINERS.contains(word.text()) && parts(word.text()) == null) {
        break;
      }
      long value = value(tokens, first, to);
      if (value >= 1900 && value <= 2099) {
        best = new Run(first, to, value, true, false);
      }
    }
    return best;
  }

  /** The number the words from {@code from} to {@code to} say, or -1. */
  private static long value(List<SpokenToken> tokens, int from, int to) {
    long total = 0;
    long current = 0;
    int previous = -1;
    boolean any = false;
    for (int i = from; i <= to; i++) {
      var token = tokens.get(i);
      if (token.is("-") || JOINERS.contains(token.text())) {
        if (i == from || i == to) {
          return -1;
        }
        continue;
      }
      int[] parts = token.isWord() ? parts(token.text()) : null;
      if (parts == null) {
        return -1;
      }
      for (int part : parts) {
        if (part == 100) {
          current = (current == 0 ? 1 : current) * 100;
        } else if (part == 1000) {
          total += (current == 0 ? 1 : current) * 1000;
          current = 0;
        } else if (part == 20 && previous == 4) {
          current += 76; // French "quatre-vingt": four twenties
        } else {
          current += part;
        }
        previous = part;
        any = true;
      }
    }
    return any ? total + current : -1;
  }

  /**
   * The number words {@code word} is made of, or null: "cinquante" [50]; German and Italian join
   * them in one word, "neunzehnhundertsiebenundfünfzig" [19, 100, 7, 50], "millenovecento" [1000,
   * 9, 100].
   */
  static int[] parts(String word) {
    Integer whole = NUMBERS.get(word);
    if (whole != null) {
      return new int[] {whole};
    }
    if (word.length() < 6) {
      return null;
    }
    int[] found = new int[word.length()];
    int count = split(word, 0, found, 0);
    return count <= 1 ? null : java.util.Arrays.copyOf(found, count);
  }

  /** Splits {@code word} from {@code at} into number words, longest first; the count, or -1. */
  private static int split(String word, int at, int[] found, int count) {
    if (at == word.length()) {
      return count;
    }
    for (int end = Math.min(word.length(), at + LONGEST_PART); end > at + 1; end--) {
      Integer part = NUMBERS.get(word.substring(at, end));
      boolean joiner = word.startsWith("und", at) && end == at + 3;
      if (part == null && !joiner) {
        continue;
      }
      int next = joiner ? count : count + 1;
      if (!joiner) {
        found[count] = part;
      }
      int done = split(word, end, found, next);
      if (done >= 0) {
        return done;
      }
    }
    return -1;
  }

  private static final int LONGEST_PART = 14;

  /** A German ordinal day said in one word, "vierzehnten", "einundzwanzigsten", or -1. */
  private static long germanOrdinal(String word) {
    for (var suffix : List.of("sten", "ste", "ster", "ten", "te", "ter")) {
      if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
        int[] parts = parts(word.substring(0, word.length() - suffix.length()));
        if (parts != null) {
          long sum = 0;
          for (int part : parts) {
            sum += part;
          }
          return sum;
        }
      }
    }
    return -1;
  }

  private static boolean birthCue(List<SpokenToken> tokens, int first, int last) {
    for (int i = Math.max(0, first - CUE_WINDOW); i < first; i++) {
      if (ForeignDateWords.BIRTH_WORDS.contains(tokens.get(i).text())) {
        return true;
      }
    }
    for (int i = last + 1; i < Math.min(tokens.size(), last + 4); i++) {
      if (ForeignDateWords.BIRTH_WORDS.contains(tokens.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** Number words from token {@code from} to {@code to} saying {@code value}. */
  private record Run(int from, int to, long value, boolean words, boolean digits) {}
}
