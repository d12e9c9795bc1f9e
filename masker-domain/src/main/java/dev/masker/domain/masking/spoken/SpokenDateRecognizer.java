package dev.masker.domain.masking.spoken;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import dev.masker.domain.masking.regex.CalendarDate;
import dev.masker.domain.masking.regex.CueOverValidator;
import dev.masker.domain.masking.text.IsoDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds dates as people say them: "March third, nineteen eighty-two", "the third of March,
 * eighty-two", "march 3rd nineteen eighty two", "june twenty first two thousand four", and, only
 * after a date or birth cue, month-day-year said as numbers ("three three eighty-two", "oh three oh
 * three eighty two").
 *
 * <p>A complete date that exists (February 29 only in leap years) has the canonical {@code
 * yyyy-MM-dd}; one that does not ("february thirtieth nineteen eighty") counts only with a birth or
 * date cue right before it ({@link CueOverValidator}), and keeps that form; a month and day without
 * year is a DATE whose canonical is the matched text in lower case, at lower confidence. A date
 * within a few words of a birth cue ("born", "date of birth", "birthday", "birthday's", "dob", "d o
 * b") is a DOB.
 *
 * <p><b>Two-digit years</b> ("eighty-two", "oh four") are placed by a fixed pivot: {@code 00} to
 * {@code pivot} mean 20xx, the rest 19xx. The default pivot is the written dates' one ({@link
 * CalendarDate#DEFAULT_PIVOT}), so "eighty-two" is 1982 and "oh four" 2004; a caller that knows
 * today's year may pass another.
 *
 * <p><b>Why one class of about 500 lines.</b> It reads one thing, a spoken date, in its few word
 * orders; a sixth of it is the tables of months, ordinals and cues it reads with, and the parts
 * (month, day, year, cue) only make sense together.
 */
public final class SpokenDateRecognizer implements Recognizer {
  public static final int DEFAULT_PIVOT = CalendarDate.DEFAULT_PIVOT;
  private static final int CUE_WINDOW = 10;

  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  /** Month names that are also everyday words: without a year they need a preposition or cue. */
  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "jan");

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Set<String> DATE_PREPOSITIONS =
      Set.of(
          "on", "of", "since", "until", "till", "by", "from", "before", "after", "is", "was", "for",
          "to", "through", "thru");
  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13),
          Map.entry("fourteenth", 14),
          Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16),
          Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19),
          Map.entry("twentieth", 20),
          Map.entry("thirtieth", 30),
          // the last sound lost or a letter dropped ("november the sixt", "the fith of may")
          Map.entry("fith", 5),
          Map.entry("fift", 5),
          Map.entry("sixt", 6),
          Map.entry("eigth", 8),
          Map.entry("nint", 9),
          Map.entry("twelth", 12),
          Map.entry("twelft", 12),
          // a "-th" put on a cardinal ("the twenty oneth", "march the twoth")
          Map.entry("oneth", 1),
          Map.entry("twoth", 2),
          Map.entry("threeth", 3),
          Map.entry("fiveth", 5),
          Map.entry("eightth", 8),
          Map.entry("nineth", 9),
          Map.entry("twelveth", 12));
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  private enum Cue {
    BIRTH,
    DATE
  }

  private static final CuePhrases<Cue> CUES =
      CuePhrases.of(
          Map.ofEntries(
              Map.entry("born", Cue.BIRTH),
              Map.entry("birth", Cue.BIRTH),
              Map.entry("birthday", Cue.BIRTH),
              Map.entry("birthday's", Cue.BIRTH),
              Map.entry("bday", Cue.BIRTH),
              Map.entry("birt day", Cue.BIRTH),
              Map.entry("birt date", Cue.BIRTH),
              Map.entry("b day", Cue.BIRTH),
              Map.entry("birthdate", Cue.BIRTH),
              Map.entry("birth date", Cue.BIRTH),
              Map.entry("dob", Cue.BIRTH),
              Map.entry("d o b", Cue.BIRTH),
              Map.entry("date", Cue.DATE),
              Map.entry("dated", Cue.DATE),
              Map.entry("appointment", Cue.DATE),
              Map.entry("admitted", Cue.DATE),
              Map.entry("discharged", Cue.DATE)));

  private final int pivot;

  public SpokenDateRecognizer() {
    this(DEFAULT_PIVOT);
  }

  /** With two-digit years {@code 00..pivot} read as 20xx and the rest as 19xx. */
  public SpokenDateRecognizer(int pivot) {
    if (pivot < 0 || pivot > 99) {
      throw new IllegalArgumentException("the two-digit year pivot is within 0..99");
    }
    this.pivot = pivot;
  }

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    var out = new ArrayList<Detection>();
    find(text, SpokenTokens.of(text), out);
    return out;
  }

  void find(String text, List<SpokenToken> said, List<Detection> out) {
    var tokens = withoutHesitations(said);
    int n = tokens.size();
    int coveredUntil = 0;
    for (int i = 0; i < n; i++) {
      var t = tokens.get(i);
      Integer month = t.isWord() ? MONTHS.get(t.text()) : null;
      if (month != null) {
        int end = dayOfMonth(text, tokens, i, month, out);
        if (end < 0) {
          end = monthFirst(text, tokens, i, month, out);
        }
        if (end > i) {
          coveredUntil = end;
          i = end - 1;
        }
      } else if (i >= coveredUntil && t.isWord() && ORDINALS.containsKey(t.text())) {
        int end = ordinalMonth(text, tokens, i, out);
        if (end > i) {
          coveredUntil = end;
          i = end - 1;
        }
      } else if (i >= coveredUntil && NumberWords.canStart(tokens, i)) {
        var run = NumberWords.read(tokens, i);
        if (run.isPresent()) {
          var r = run.get();
          if (r.hasWord()) {
            numericDate(
                tokens,
                r,
                CUES.nearestBefore(tokens, r.firstToken(), CUE_WINDOW).orElse(null),
                out);
          }
          coveredUntil = r.endToken();
          i = r.endToken() - 1;
        }
      }
    }
    DatePieces.find(this, tokens, out);
  }

  /**
   * "the twelfth of the fourth, sixty one": day and month both said as ordinals, then a year, with
   * a birth or date cue; returns the index after the match or -1.
   */
  private int ordinalMonth(String text, List<SpokenToken> tokens, int i, List<Detection> out) {
    long day = day(tokens, i);
    if (day < 0 || NumberWords.value(day) < 100) {
      return -1;
    }
    int n = tokens.size();
    int k = NumberWords.next(day);
    if (k >= n || !tokens.get(k).is("of")) {
      return -1;
    }
    k++;
    if (k < n && tokens.get(k).is("the")) {
      k++;
    }
    long month = day(tokens, k);
    if (month < 0 || NumberWords.value(month) < 100 || NumberWords.value(month) % 100 > 12) {
      return -1;
    }
    int afterMonth = NumberWords.next(month);
    int yearAt =
        afterMonth < n && (tokens.get(afterMonth).is(",") || tokens.get(afterMonth).is("of"))
            ? afterMonth + 1
            : afterMonth;
    yearAt = theBeforeYear(tokens, yearAt);
    if (year(tokens, yearAt) < 0 || cue(tokens, i, afterMonth) == null) {
      return -1;
    }
    return finish(
        text,
        tokens,
        i,
        afterMonth,
        NumberWords.value(month) % 100,
        NumberWords.value(day) % 100,
        true,
        out);
  }

  /**
   * After a "the" a tired transcriber writes before the year ("the sixth of november of the
   * nineteen sixty eight", ADR 28), where the year is: after the "the" when a year follows it.
   */
  private int theBeforeYear(List<SpokenToken> tokens, int k) {
    return k + 1 < tokens.size() && tokens.get(k).is("the") && year(tokens, k + 1) >= 0 ? k + 1 : k;
  }

  /**
   * "march third [,] [nineteen eighty two]", or a month and a year of four figures when no day is
   * read there that reaches as far ("august two thousand nineteen", "july twenty nineteen");
   * returns the index after the match or -1.
   */
  private int monthFirst(
      String text, List<SpokenToken> tokens, int m, int month, List<Detection> out) {
    int found = out.size();
    int end = monthDay(text, tokens, m, month, out);
    int k = m + 1 < tokens.size() && tokens.get(m + 1).is("the") ? m + 2 : m + 1;
    if (k >= tokens.size() || !fourFigureYear(tokens, k)) {
      return end;
    }
    int yearEnd = NumberWords.next(year(tokens, k));
    if (end >= yearEnd
        || yearEnd == k + 2 // "march two thousand pills": a count after a month
            && tokens.get(k + 1).is("thousand")
            && yearEnd < tokens.size()
            && tokens.get(yearEnd).isWord()) {
      return end;
    }
    out.subList(found, out.size()).clear();
    int start = tokens.get(m).start();
    int last = tokens.get(yearEnd - 1).end();
    boolean birth = cue(tokens, m, m + 1) == Cue.BIRTH;
    out.add(
        new Detection(
            birth ? EntityKind.DOB : EntityKind.DATE,
            start,
            last,
            0.85,
            Pass.REGEX,
            text.substring(start, last).toLowerCase(Locale.ROOT)));
    return yearEnd;
  }

  private int monthDay(
      String text, List<SpokenToken> tokens, int m, int month, List<Detection> out) {
    int k = m + 1;
    int n = tokens.size();
    while (k < n && (tokens.get(k).is(".") || tokens.get(k).is("\u2026"))) {
      k++; // "april... twenty third": a pause
    }
    if (k < n && tokens.get(k).is("the")) {
      k++;
    }
    long day = day(tokens, k);
    if (day < 0) {
      return monthOfYear(text, tokens, m, out);
    }
    int dayValue = NumberWords.value(day);
    boolean ordinal = dayValue >= 100;
    dayValue %= 100;
    int afterDay = NumberWords.next(day);
    if (afterDay < n
        && (tokens.get(afterDay).is("thousand") || tokens.get(afterDay).is("hundred"))) {
      int unit = afterDay - 1;
      if (!ordinal
          && unit > k
          && tokens.get(afterDay).is("thousand")
          && tokens.get(unit).is("two")
          && NumberWords.tens(tokens.get(k)) > 0
          && afterDay + 1 < n
          && (NumberWords.tens(tokens.get(afterDay + 1)) > 0
              || NumberWords.teen(tokens.get(afterDay + 1)) > 0
              || NumberWords.unit(tokens.get(afterDay + 1)) > 0)) {
        // "may twenty two thousand twenty four": the day is "twenty", the year "two thousand …"
        return finish(text, tokens, m, unit, month, NumberWords.tens(tokens.get(k)), false, out);
      }
      return -1;
    }
    return finish(text, tokens, m, afterDay, month, dayValue, ordinal, out);
  }

  /**
   * "october of twenty twenty two", "june of two thousand four": a month and a year of four figures
   * said with "of" (a DATE, canonical the text in lower case); returns the index after it or -1.
   */
  private int monthOfYear(String text, List<SpokenToken> tokens, int m, List<Detection> out) {
    int k = m + 1;
    if (k >= tokens.size() || !tokens.get(k).is("of")) {
      return -1;
    }
    long year = year(tokens, k + 1);
    if (year < 0 || NumberWords.value(year) < 1900 || tokens.get(k + 1).is("'")) {
      return -1;
    }
    int start = tokens.get(m).start();
    int end = tokens.get(NumberWords.next(year) - 1).end();
    boolean birth = cue(tokens, m, k) == Cue.BIRTH;
    out.add(
        new Detection(
            birth ? EntityKind.DOB : EntityKind.DATE,
            start,
            end,
            0.85,
            Pass.REGEX,
            text.substring(start, end).toLowerCase(Locale.ROOT)));
    return NumberWords.next(year);
  }

  /** "[the] third of march [,] [eighty two]" or "twelfth april" with the month at {@code m}. */
  private int dayOfMonth(
      String text, List<SpokenToken> tokens, int m, int month, List<Detection> out) {
    if (m >= 1 && !tokens.get(m - 1).is("of")) {
      // "twelfth april sixty one": an ordinal day right before the month; "ten october two
      // thousand seventeen": a cardinal one, with a year after the month
      for (int start = Math.max(0, m - 3); start < m; start++) {
        long day = day(tokens, start);
        if (day < 0 || NumberWords.next(day) != m) {
          continue;
        }
        int value = NumberWords.value(day);
        if (value >= 100) {
          return finish(text, tokens, start, m + 1, month, value % 100, true, out);
        }
        long year = year(tokens, m + 1);
        boolean plainMonth = !AMBIGUOUS_MONTHS.contains(tokens.get(m).text());
        if (year >= 0 && (plainMonth || NumberWords.value(year) >= 1900)) {
          // "ten may twenty of them" is no date: "may" needs a year of four figures
          return finish(text, tokens, start, m + 1, month, value, false, out);
        }
      }
      return -1;
    }
    if (m < 2) {
      return -1;
    }
    // the day is one or two tokens (or three with a hyphen) before "of"
    for (int start = Math.max(0, m - 4); start < m - 1; start++) {
      long day = day(tokens, start);
      if (day >= 0 && NumberWords.next(day) == m - 1 && NumberWords.value(day) >= 100) {
        int dayValue = NumberWords.value(day) % 100;
        return finish(text, tokens, start, m + 1, month, dayValue, true, out);
      }
    }
    return -1;
  }

  private int finish(
      String text,
      List<SpokenToken> tokens,
      int first,
      int afterDay,
      int month,
      int day,
      boolean ordinal,
      List<Detection> out) {
    int n = tokens.size();
    int k = afterDay;
    while (k < n && (tokens.get(k).is(".") || tokens.get(k).is("\u2026"))) {
      k++; // "twenty third... nineteen seventy nine"
    }
    if (k < n && (tokens.get(k).is(",") || tokens.get(k).is("of"))) {
      k++;
    } else if (k + 1 < n && tokens.get(k).is("in") && fourFigureYear(tokens, k + 1)) {
      k++; // "september fifth in nineteen eighty six": a year of four figures after "in"
    }
    k = theBeforeYear(tokens, k);
    long year = year(tokens, k);
    if (year < 0) {
      // "february the third, uh, nineteen ninety": a filler between the day and the year
      int afterFillers = afterFillers(tokens, k);
      year = afterFillers > k ? year(tokens, afterFillers) : -1;
    }
    var cue = cue(tokens, first, afterDay);
    boolean birth = cue == Cue.BIRTH;
    int start = tokens.get(first).start();
    if (year >= 0) {
      int y = NumberWords.value(year);
      int end = NumberWords.next(year);
      // "february thirtieth nineteen eighty" only right after a cue
      double confidence =
          CueOverValidator.confidence(
              YearMonth.of(y, month).isValidDay(day),
              () -> day <= 31 && cueRightBefore(tokens, first),
              birth ? 0.95 : 0.9);
      if (confidence == CueOverValidator.NOT_REPORTED) {
        return -1;
      }
      var iso = IsoDate.of(y, month, day);
      out.add(
          new Detection(
              birth ? EntityKind.DOB : EntityKind.DATE,
              start,
              tokens.get(end - 1).end(),
              confidence,
              Pass.REGEX,
              iso));
      return end;
    }
    boolean exists =
        day <= 31
            && !(month == 2 && day > 29)
            && !(day == 31 && !YearMonth.of(2000, month).isValidDay(31));
    if (!exists && !(day <= 31 && cueRightBefore(tokens, first))) {
      return -1;
    }
    boolean monthFirst = tokens.get(first).isWord() && MONTHS.containsKey(tokens.get(first).text());
    boolean preposition = prepositionBefore(tokens, first);
    if (cue == null && !preposition && !isDayOfMonthSaid(tokens, first, afterDay, monthFirst)) {
      return -1;
    }
    int end = tokens.get(afterDay - 1).end();
    out.add(
        new Detection(
            birth ? EntityKind.DOB : EntityKind.DATE,
            start,
            end,
            birth ? 0.8 : 0.6,
            Pass.REGEX,
            text.substring(start, end).toLowerCase(Locale.ROOT)));
    return afterDay;
  }

  /**
   * Whether a month and a day with no cue and no preposition still say a date: "the fifth of may",
   * "april twenty four and may fifteen", "last wednesday, may twenty eighth". A month said first
   * must be a month's whole name, and the day no count of things ("march 5 miles", "june ten
   * tablets"); "may" and "march" are verbs too, so their day is said as a number or an ordinal
   * other than "first" and "second" ("we may first call", "march second-guessing").
   */
  private static boolean isDayOfMonthSaid(
      List<SpokenToken> tokens, int first, int afterDay, boolean monthFirst) {
    if (!monthFirst) {
      // "[the] fifth of may", "twelfth april"; not "the first may be hard"
      return tokens.get(afterDay - 2).is("of")
          || !AMBIGUOUS_MONTHS.contains(tokens.get(afterDay - 1).text());
    }
    String month = tokens.get(first).text();
    if (month.length() < 3 || month.equals("mar") || month.equals("jan") || month.equals("sept")) {
      return false;
    }
    if (month.length() == 3 && !month.equals("may")) {
      return false; // "aug 5", "dec ten": abbreviations are written, and read by the written pass
    }
    int n = tokens.size();
    if (afterDay < n && tokens.get(afterDay).isWord() && isCount(tokens.get(afterDay).text())) {
      return false;
    }
    if (AMBIGUOUS_MONTHS.contains(month)) {
      String day = tokens.get(afterDay - 1).text();
      return !day.equals("first") && !day.equals("second");
    }
    return true;
  }

  /** A word a count of things ends with: a plural or a unit ("days", "mg", "times", "people"). */
  private static boolean isCount(String word) {
    return (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss"))
        || COUNTED.contains(word);
  }

  /** Whether a birth cue ends within {@code window} tokens before token {@code before}. */
  static boolean birthCueBefore(List<SpokenToken> tokens, int before, int window) {
    return CUES.nearestBefore(tokens, before, window).orElse(null) == Cue.BIRTH;
  }

  private static final Set<String> HESITATIONS =
      Set.of("uh", "um", "er", "erm", "uhm", "umm", "uhh");

  /**
   * The tokens without the hesitations a caller makes inside a date ("october um eighteenth
   * nineteen uh forty nine", "march uh the the eleventh"): a date read so spans them. The list
   * itself when there is none.
   */
  private static List<SpokenToken> withoutHesitations(List<SpokenToken> tokens) {
    int n = tokens.size();
    int k = 0;
    while (k < n && !hesitation(tokens, k)) {
      k++;
    }
    if (k == n) {
      return tokens;
    }
    var kept = new ArrayList<SpokenToken>(n);
    kept.addAll(tokens.subList(0, k));
    for (; k < n; k++) {
      if (!hesitation(tokens, k)) {
        kept.add(tokens.get(k));
        continue;
      }
      // "october, uh, the eighteenth": the commas that set a hesitation apart go with it
      if (!kept.isEmpty() && kept.get(kept.size() - 1).is(",")) {
        kept.remove(kept.size() - 1);
      }
      if (k + 1 < n && tokens.get(k + 1).is(",")) {
        k++;
      }
    }
    return kept;
  }

  private static boolean hesitation(List<SpokenToken> tokens, int k) {
    var t = tokens.get(k);
    return t.isWord()
        && (HESITATIONS.contains(t.text())
            || t.is("the") && k + 1 < tokens.size() && tokens.get(k + 1).is("the"));
  }

  private static final Set<String> COUNTED =
      Set.of("mg", "ml", "mcg", "percent", "people", "units", "pm", "am", "o'clock", "of");

  private static final Set<String> FILLERS = Set.of("uh", "um", "er", "erm", "ah", "like", ",");

  /** Where the fillers from {@code k} end ("uh,", "like,", "um"), at most three tokens on. */
  private static int afterFillers(List<SpokenToken> tokens, int k) {
    int j = k;
    while (j < tokens.size() && j < k + 3 && FILLERS.contains(tokens.get(j).text())) {
      j++;
    }
    return j;
  }

  /** Whether a birth or date cue ends at most a few tokens before token {@code first}. */
  private static boolean cueRightBefore(List<SpokenToken> tokens, int first) {
    return CUES.nearestMatchBefore(tokens, first, CueOverValidator.TOKENS + 1).isPresent();
  }

  /**
   * "on march third", "on the twenty second of may", "monday the fifth of may": a date preposition
   * or a weekday, maybe before "the".
   */
  private static boolean prepositionBefore(List<SpokenToken> tokens, int first) {
    int k = first - 1;
    if (k > 0 && tokens.get(k).is("the")) {
      k--;
    }
    return k >= 0
        && (DATE_PREPOSITIONS.contains(tokens.get(k).text())
            || WEEKDAYS.contains(tokens.get(k).text()));
  }

  private static Cue cue(List<SpokenToken> tokens, int first, int after) {
    var before = CUES.nearestBefore(tokens, first, CUE_WINDOW);
    if (before.isPresent()) {
      return before.get();
    }
    return CUES.nearestAfter(tokens, after, 5).orElse(null);
  }

  /**
   * A day at {@code k}: ordinal word ("third", "twenty-first"), digits with or without a suffix, or
   * a cardinal 1..31. Returns value (plus 100 when said as an ordinal) packed with the next index,
   * or -1.
   */
  static long day(List<SpokenToken> tokens, int k) {
    int n = tokens.size();
    if (k >= n) {
      return -1;
    }
    var t = tokens.get(k);
    Integer ord = t.isWord() ? ORDINALS.get(t.text()) : null;
    if (ord != null) {
      return NumberWords.pack(100 + ord, k + 1);
    }
    if (t.isNumber()) {
      if (t.text().length() > 2) {
        return -1;
      }
      int v = Integer.parseInt(t.text());
      if (v < 1 || v > 31) {
        return -1;
      }
      if (k + 1 < n
          && tokens.get(k + 1).start() - t.end()
              <= 1 // "22nd", and "22 nd" as a transcript splits it
          && ORDINAL_SUFFIXES.contains(tokens.get(k + 1).text())) {
        return NumberWords.pack(100 + v, k + 2);
      }
      return NumberWords.pack(v, k + 1);
    }
    int tens = NumberWords.tens(t);
    if (tens == 20 || tens == 30) {
      int j = k + 1;
      if (j < n && tokens.get(j).is("-")) {
        j++;
      }
      if (j < n) {
        Integer unitOrd = tokens.get(j).isWord() ? ORDINALS.get(tokens.get(j).text()) : null;
        if (unitOrd != null && unitOrd < 10 && tens + unitOrd <= 31) {
          return NumberWords.pack(100 + tens + unitOrd, j + 1);
        }
      }
    }
    long card = NumberWords.belowHundred(tokens, k);
    if (card >= 0 && NumberWords.value(card) <= 31) {
      return card;
    }
    if (card >= 0 && tens >= 20) {
      // "march twenty twenty twenty": "twenty" alone is the day
      return NumberWords.pack(tens, k + 1);
    }
    return -1;
  }

  /** A year at {@code k}, packed with the next index, or -1. */
  long year(List<SpokenToken> tokens, int k) {
    int n = tokens.size();
    if (k >= n) {
      return -1;
    }
    var t = tokens.get(k);
    if (t.isNumber()) {
      if (t.text().length() == 4) {
        int y = Integer.parseInt(t.text());
        return y >= 1800 && y <= 2099 ? NumberWords.pack(y, k + 1) : -1;
      }
      if (t.text().length() == 2 && dayInDigitsBeforeMonth(tokens, k - 1)) {
        return NumberWords.pack(pivoted(Integer.parseInt(t.text())), k + 1); // "30 april 94"
      }
      return -1;
    }
    if (t.is("'") || t.is("\u2019")) {
      if (k + 1 < n && tokens.get(k + 1).isNumber() && tokens.get(k + 1).text().length() == 2) {
        return NumberWords.pack(pivoted(Integer.parseInt(tokens.get(k + 1).text())), k + 2);
      }
      return -1;
    }
    if (t.is("two") && k + 1 < n && tokens.get(k + 1).is("thousand")) {
      int j = k + 2;
      if (j < n && tokens.get(j).is("and")) {
        j++;
      }
      long rest = NumberWords.belowHundred(tokens, j);
      if (rest >= 0) {
        return NumberWords.pack(2000 + NumberWords.value(rest), NumberWords.next(rest));
      }
      return NumberWords.pack(2000, k + 2);
    }
    int century = NumberWords.teen(t);
    if (century < 0 && NumberWords.tens(t) == 20) {
      century = 20;
    }
    if (century >= 18
        && k + 2 < n
        && tokens.get(k + 1).is("and")
        && (NumberWords.tens(tokens.get(k + 2)) > 0 || NumberWords.teen(tokens.get(k + 2)) > 0)) {
      // "nineteen and thirty two", as some callers say a year
      long rest = NumberWords.belowHundred(tokens, k + 2);
      return NumberWords.pack(century * 100 + NumberWords.value(rest), NumberWords.next(rest));
    }
    if (century >= 18 && k + 1 < n) {
      var u = tokens.get(k + 1);
      if (u.is("hundred")) {
        return NumberWords.pack(century * 100, k + 2);
      }
      if (NumberWords.isZeroWord(u) && k + 2 < n && NumberWords.unit(tokens.get(k + 2)) > 0) {
        return NumberWords.pack(century * 100 + NumberWords.unit(tokens.get(k + 2)), k + 3);
      }
      if (NumberWords.tens(u) > 0 || NumberWords.teen(u) > 0) {
        long rest = NumberWords.belowHundred(tokens, k + 1);
        return NumberWords.pack(century * 100 + NumberWords.value(rest), NumberWords.next(rest));
      }
    }
    if (NumberWords.isZeroWord(t) && k + 1 < n && NumberWords.unit(tokens.get(k + 1)) > 0) {
      return NumberWords.pack(pivoted(NumberWords.unit(tokens.get(k + 1))), k + 2);
    }
    if (NumberWords.tens(t) > 0) {
      long two = NumberWords.belowHundred(tokens, k);
      return NumberWords.pack(pivoted(NumberWords.value(two)), NumberWords.next(two));
    }
    return -1;
  }

  /** A year said with its century at {@code k}: "1986", "nineteen eighty six", "twenty ten". */
  private boolean fourFigureYear(List<SpokenToken> tokens, int k) {
    var t = tokens.get(k);
    if (t.isNumber()) {
      return t.text().length() == 4 && year(tokens, k) >= 0;
    }
    long year = year(tokens, k);
    return year >= 0
        && NumberWords.next(year) - k >= 2
        && (NumberWords.teen(t) >= 18 || t.is("twenty") || t.is("two"));
  }

  /** Whether token {@code m} is a month's name written after its day in digits ("30 april"). */
  private static boolean dayInDigitsBeforeMonth(List<SpokenToken> tokens, int m) {
    return m >= 1
        && tokens.get(m).isWord()
        && MONTHS.containsKey(tokens.get(m).text())
        && tokens.get(m - 1).isNumber()
        && tokens.get(m - 1).text().length() <= 2;
  }

  private int pivoted(int yy) {
    return yy <= pivot ? 2000 + yy : 1900 + yy;
  }

  /**
   * Without a cue, a numeric date needs a form no phone number has: a year said as two pairs
   * ("twenty twenty three", "nineteen eighty five") and either a month said with "oh" or a date
   * preposition before ("on oh three oh five twenty twenty three").
   */
  private static boolean isUncuedNumericDate(List<SpokenToken> tokens, NumberWords.Run run) {
    var groups = run.groups();
    int size = groups.size();
    if (size < 4 || size > 6) {
      return false;
    }
    var high = groups.get(size - 2);
    var low = groups.get(size - 1);
    boolean shortYear =
        size == 4 || size == 5 && String.join("", groups.subList(0, 4)).length() == 4;
    if (shortYear
        && groups.get(0).equals("0")
        && low.length() == 2
        && prepositionBefore(tokens, run.firstToken())) {
      // "in on oh five eighteen twenty one", "on oh seven two five twenty three": a month said
      // with its "oh" after "on" or "from", then the day and a year of two figures
      return true;
    }
    if (high.length() != 2 || low.length() != 2 || !(high.equals("19") || high.equals("20"))) {
      return false;
    }
    return groups.get(0).equals("0") || prepositionBefore(tokens, run.firstToken());
  }

  /** Six or eight digits said one by one: a date read out as its written digits. */
  private static boolean digitByDigit(List<String> groups) {
    if (groups.size() != 6 && groups.size() != 8) {
      return false;
    }
    for (var group : groups) {
      if (group.length() != 1) {
        return false;
      }
    }
    return true;
  }

  /** The digits as month, day and year groups: "1 2 0 4 1 9 6 1" as "12", "04", "1961". */
  private static List<String> digitPairs(List<String> groups) {
    var digits = String.join("", groups);
    return List.of(digits.substring(0, 2), digits.substring(2, 4), digits.substring(4));
  }

  /**
   * Four digits said one by one before a year said as a number ("oh three one two seventy three",
   * "one one oh four nineteen fifty"): month and day as two pairs; other groups as they are.
   */
  private static List<String> singleDigitsBeforeYear(List<String> groups) {
    int size = groups.size();
    boolean century =
        size >= 2
            && groups.get(size - 1).length() == 2
            && (groups.get(size - 2).equals("19") || groups.get(size - 2).equals("20"));
    int head = size - (century ? 2 : 1);
    int yearLength = groups.get(size - 1).length();
    if (head != 4 || yearLength != 2 && yearLength != 4) {
      return groups;
    }
    for (int k = 0; k < head; k++) {
      if (groups.get(k).length() != 1) {
        return groups;
      }
    }
    var digits = String.join("", groups.subList(0, head));
    var pairs = new ArrayList<String>(size);
    pairs.add(digits.substring(0, 2));
    pairs.add(digits.substring(2, 4));
    pairs.addAll(groups.subList(head, size));
    return pairs;
  }

  /**
   * A date said as numbers that starts at char {@code offset} of {@code text}, read as a birth
   * date, or null: for a caller who says it right after their name, as one gives who one is
   * ("veronica oosters eleven twenty one fifty three").
   */
  Detection numericBirthDateAt(String text, int offset) {
    // a window, not the whole text: a turn may hold many names
    var tokens = SpokenTokens.of(text.substring(offset, Math.min(text.length(), offset + WINDOW)));
    if (tokens.isEmpty() || !NumberWords.canStart(tokens, 0)) {
      return null;
    }
    var run = NumberWords.read(tokens, 0);
    boolean cut =
        offset + WINDOW < text.length() && run.isPresent() && run.get().endToken() == tokens.size();
    if (run.isEmpty() || !run.get().hasWord() || cut) {
      return null; // no number, or one the window cuts
    }
    var out = new ArrayList<Detection>(1);
    numericDate(tokens, run.get(), Cue.BIRTH, out);
    if (out.isEmpty()) {
      return null;
    }
    var date = out.get(0);
    return new Detection(
        date.kind(),
        date.start() + offset,
        date.end() + offset,
        date.confidence(),
        date.pass(),
        date.canonical());
  }

  /** How many chars after a name a date said as numbers is read in. */
  private static final int WINDOW = 160;

  /** "oh three oh three eighty two" after a cue: month, day, year from the spoken groups. */
  private void numericDate(
      List<SpokenToken> tokens, NumberWords.Run run, Cue cue, List<Detection> out) {
    var groups = run.groups();
    if (cue == null && !isUncuedNumericDate(tokens, run)) {
      return;
    }
    if (cue != null && digitByDigit(groups)) {
      groups = digitPairs(groups); // "one two zero four one nine six one": 12 04 1961
    } else {
      groups = singleDigitsBeforeYear(groups); // "oh three one two seventy three": 03 12 73
    }
    int g = 0;
    int[] parts = new int[2];
    for (int p = 0; p < 2; p++) {
      if (g >= groups.size()) {
        return;
      }
      var s = groups.get(g);
      if (s.equals("0") && g + 1 < groups.size() && groups.get(g + 1).length() == 1) {
        parts[p] = groups.get(g + 1).charAt(0) - '0';
        g += 2;
      } else if (s.length() <= 2) {
        parts[p] = Integer.parseInt(s);
        g++;
      } else {
        return;
      }
    }
    var rest = new StringBuilder();
    for (; g < groups.size(); g++) {
      rest.append(groups.get(g));
    }
    int y;
    if (rest.length() == 2) {
      y = pivoted(Integer.parseInt(rest.toString()));
    } else if (rest.length() == 4) {
      y = Integer.parseInt(rest.toString());
      if (y < 1800 || y > 2099) {
        return;
      }
    } else {
      return;
    }
    boolean dayFirst = parts[0] > 12 && parts[1] <= 12; // "thirteen oh four sixty one"
    int month = dayFirst ? parts[1] : parts[0];
    int day = dayFirst ? parts[0] : parts[1];
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return;
    }
    boolean birth = cue == Cue.BIRTH;
    double confidence =
        CueOverValidator.confidence(
            YearMonth.of(y, month).isValidDay(day),
            () -> cueRightBefore(tokens, run.firstToken()),
            birth ? 0.9 : 0.75);
    if (confidence == CueOverValidator.NOT_REPORTED) {
      return;
    }
    out.add(
        new Detection(
            birth ? EntityKind.DOB : EntityKind.DATE,
            run.start(),
            run.end(),
            confidence,
            Pass.REGEX,
            IsoDate.of(y, month, day)));
  }
}
