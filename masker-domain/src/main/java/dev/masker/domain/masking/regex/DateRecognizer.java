package dev.masker.domain.masking.regex;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.Pass;
import dev.masker.domain.masking.Recognizer;
import dev.masker.domain.masking.text.IsoDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Written dates and dates of birth: numeric US order "3/3/82", "03-03-1982", "3.3.1982" (day first
 * when the first number cannot be a month), ISO "1982-03-03", "1982/03/03" and "1982.03.03",
 * written "March 3, 1982", "3 March 1982", "3rd of March 1982", "Mar 3rd 1982", "03-MAR-1982", and
 * partial dates "March 3rd" and "March 1982", and "11/04" right after a date cue ("on", "since",
 * "until", "appointment"…). Every complete date must exist ({@link CalendarDate}), unless a birth
 * or date cue is right before it ("date of birth 02/30/1980": {@link CueOverValidator}); two-digit
 * years use the pivot. A date within a few words of a birth cue ("born", "b.", "date of birth",
 * "DOB", "d.o.b.", "birthday", and the same cues in Spanish, Portuguese, French, Italian, German
 * and Dutch: "fecha de nacimiento", "Geburtsdatum", "date de naissance"…) is a DOB.
 *
 * <p>Canonical form: ISO {@code yyyy-MM-dd} for complete dates, otherwise the text as written in
 * lower case with runs of spaces collapsed. Spoken dates ("March third, nineteen eighty-two") are
 * the spoken pass's; a bare year ("in 2020") is not a date here.
 */
public final class DateRecognizer implements Recognizer {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  static final String YEAR = "((?:1[89]|20|21)\\d\\d)";

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\w/.,-])(\\d{1,2})([/.-])(\\d{1,2})\\2'?(\\d{4}|\\d{2})(?![\\w/]|[.-]\\d)");

  /**
   * "04 20 1922": month, day and a year of this century or the last with single spaces between, as
   * speech-to-text writes a date read out digit group by digit group; not after another number
   * ("call 212 04 20 1922").
   */
  private static final Pattern SPACED =
      Pattern.compile(
          "(?<![\\w/.,-])(?<!\\d )(\\d{1,2})( )(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\w/]|[.,-]\\d| \\d)");

  /**
   * "dob 3 9 54": month, day and a two-digit year with single spaces between, only right after a
   * birth cue (three small numbers alone are as often a dose or a score).
   */
  private static final Pattern SPACED_SHORT_YEAR =
      Pattern.compile(
          "(?<![\\w/.,-])(?<!\\d )(\\d{1,2})( )(\\d{1,2})\\2(\\d{2})(?![\\w/]|[.,-]\\d| \\d)");

  private static final Pattern MONTH_DAY =
      Pattern.compile("(?<![\\w/.,-])(\\d{1,2})/(\\d{1,2})(?![\\w/]|[.,-]\\d)");
  private static final Cue DAY_CUE =
      Cue.of(
          "on",
          "since",
          "until",
          "till",
          "by",
          "from",
          "dated",
          "before",
          "after",
          "due",
          "appointment",
          "visit",
          "seen",
          "admitted",
          "discharged",
          "surgery");
  private static final Pattern ISO =
      Pattern.compile("(?<![\\w/.-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\w/]|[.-]\\d)");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?<![\\w])"
              + MONTH
              + "\\.?[ \\t]{1,2}(?:the[ \\t])?(\\d{1,2})"
              + ORDINAL
              + "(?![\\w])(?:,?[ \\t]{1,2}(?:of[ \\t])?"
              + YEAR
              + "(?![\\w]))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?<![\\w.,/-])(\\d{1,2})"
              + ORDINAL
              + "[ \\t]{1,2}(?:of[ \\t]{1,2})?"
              + MONTH
              + "\\b\\.?(?:,?[ \\t]{1,2}"
              + YEAR
              + "(?![\\w]))?",
          Pattern.CASE_INSENSITIVE);

  /** "14-MAR-1961", "14/Mar/1961": day, month name and year joined by one kind of mark. */
  private static final Pattern DAY_MONTH_JOINED =
      Pattern.compile(
          "(?<![\\w.,/-])(\\d{1,2})([-/])" + MONTH + "\\2" + YEAR + "(?![\\w]|[-/]\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "(?<![\\w])" + MONTH + "\\.?,?[ \\t]{1,2}(?:of[ \\t])?" + YEAR + "(?![\\w])",
          Pattern.CASE_INSENSITIVE);

  /** Words that name a date outright: an impossible date after them is still masked. */
  private static final Cue DATE_CUE = DateCues.DATE;

  private static final Cue BIRTH = DateCues.BIRTH;

  private final CalendarDate calendar;

  public DateRecognizer() {
    this(CalendarDate.withDefaultPivot());
  }

  public DateRecognizer(CalendarDate calendar) {
    this.calendar = calendar;
  }

  @Override
  public Pass pass() {
    return Pass.REGEX;
  }

  @Override
  public List<Detection> find(String text) {
    List<Detection> out = new ArrayList<>(2);
    numeric(text, out);
    iso(text, out);
    monthDay(text, out);
    monthFirst(text, out);
    dayFirst(text, out);
    romanMonth(text, out);
    monthYear(text, out);
    JoinedBirthDate.find(text, BIRTH, out);
    return out;
  }

  private void numeric(String text, List<Detection> out) {
    numeric(Anchored.atDigitWordStarts(NUMERIC, text, numberThen("/.-")), text, out);
    numeric(Anchored.atDigitWordStarts(SPACED, text, numberThen(" ")), text, out);
    var shortYear = Anchored.atDigitWordStarts(SPACED_SHORT_YEAR, text, numberThen(" "));
    var afterBirthCue = new ArrayList<Detection>(1);
    numeric(shortYear, text, afterBirthCue);
    for (var date : afterBirthCue) {
      if (BIRTH.precedes(text, date.start(), CueOverValidator.WORDS)) {
        out.add(date);
      }
    }
  }

  /** One or two digits, then one of {@code separators}: where a numeric date may start. */
  private static Anchored.Start numberThen(String separators) {
    return (t, i) ->
        Anchored.digitRunAt(t, i, 1, 2)
            && Anchored.oneOfAt(t, i + Anchored.digitsAt(t, i, 2), separators);
  }

  private void numeric(Anchored m, String text, List<Detection> out) {
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      String y = m.group(4);
      int year = y.length() == 2 ? calendar.fullYear(Integer.parseInt(y)) : Integer.parseInt(y);
      Optional<LocalDate> date = CalendarDate.of(year, first, second);
      if (date.isEmpty() && first > 12) {
        date = CalendarDate.of(year, second, first);
      }
      if (date.isEmpty() || year < 1850 || year > 2150) {
        cuedInvalid(text, m.start(), m.end(), year, first, second, out);
        continue;
      }
      double confidence = y.length() == 4 ? 0.9 : 0.8;
      if (m.group(2).equals(".")) {
        confidence -= 0.1;
      }
      add(text, m.start(), m.end(), confidence, date.get().toString(), out);
    }
  }

  private void iso(String text, List<Detection> out) {
    Anchored m =
        Anchored.atDigitWordStarts(
            ISO,
            text,
            (t, i) -> Anchored.oneOfAt(t, i + 4, "-/.") && Anchored.digitRunAt(t, i, 4, 4));
    while (m.find()) {
      if (m.group(2).equals(".") && (m.group(3).length() != 2 || m.group(4).length() != 2)) {
        continue; // "2022.04.04" as Hungary, Korea and China write dates; not "2021.3.1"
      }
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(3));
      int day = Integer.parseInt(m.group(4));
      Optional<LocalDate> date = CalendarDate.of(year, month, day);
      if (date.isEmpty() || year < 1850 || year > 2150) {
        cuedInvalid(text, m.start(), m.end(), year, month, day, out);
        continue;
      }
      add(text, m.start(), m.end(), 0.93, date.get().toString(), out);
    }
  }

  /** "on 11/04": a month and day without a year, only right after a date cue. */
  private void monthDay(String text, List<Detection> out) {
    Anchored m =
        Anchored.atDigitWordStarts(
            MONTH_DAY,
            text,
            (t, i) ->
                Anchored.digitRunAt(t, i, 1, 2)
                    && Anchored.oneOfAt(t, i + Anchored.digitsAt(t, i, 2), "/"));
    while (m.find()) {
      int month = Integer.parseInt(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (!(DAY_CUE.precedes(text, m.start(), 2) || BIRTH.precedes(text, m.start(), 6))) {
        continue;
      }
      if (CalendarDate.exists(2000, month, day)) {
        add(text, m.start(), m.end(), 0.65, m.group(), out);
      } else if (isDateShaped(month, day)) {
        cued(text, m.start(), m.end(), m.group(), out);
      }
    }
  }

  private void monthFirst(String text, List<Detection> out) {
    Anchored m = Anchored.atWordStarts(MONTH_FIRST, text, DateRecognizer::monthAt);
    while (m.find()) {
      written(text, m.start(), m.end(), m.group(1), m.group(2), m.end(2), m.group(3), out);
    }
  }

  private void dayFirst(String text, List<Detection> out) {
    Anchored m = Anchored.atDigitWordStarts(DAY_FIRST, text, DateRecognizer::mayStartDayFirst);
    while (m.find()) {
      written(text, m.start(), m.end(), m.group(2), m.group(1), m.end(1), m.group(3), out);
    }
    Anchored joined =
        Anchored.atDigitWordStarts(DAY_MONTH_JOINED, text, DateRecognizer::mayStartJoined);
    while (joined.find()) {
      written(
          text,
          joined.start(),
          joined.end(),
          joined.group(3),
          joined.group(1),
          joined.end(1),
          joined.group(4),
          out);
    }
  }

  private void written(
      String text,
      int start,
      int end,
      String monthName,
      String dayDigits,
      int dayEnd,
      String yearDigits,
      List<Detection> out) {
    int month = monthNumber(monthName);
    int day = Integer.parseInt(dayDigits);
    if (yearDigits != null) {
      int year = Integer.parseInt(yearDigits);
      Optional<LocalDate> date = CalendarDate.of(year, month, day);
      if (date.isPresent()) {
        add(text, start, end, 0.92, date.get().toString(), out);
      } else {
        cuedInvalid(text, start, end, year, month, day, out);
      }
      return;
    }
    if (!CalendarDate.exists(2000, month, day)) {
      if (isDateShaped(month, day) && cueRightBefore(text, start)) {
        cued(text, start, end, asWritten(text, start, end), out);
      }
      return;
    }
    // a partial date; "may 5" and "mar 3" are too often other words unless an ordinal follows
    boolean ordinal = dayEnd < text.length() && Character.isLetter(text.charAt(dayEnd));
    boolean ambiguous = monthName.equalsIgnoreCase("may") || monthName.equalsIgnoreCase("mar");
    if (ambiguous && !ordinal && !BIRTH.precedes(text, start, 6)) {
      return;
    }
    add(text, start, end, ambiguous ? 0.65 : 0.75, asWritten(text, start, end), out);
  }

  private void romanMonth(String text, List<Detection> out) {
    for (var found : RomanMonthDates.find(text, calendar)) {
      add(text, found.start(), found.end(), 0.9, found.date().toString(), out);
    }
  }

  private void monthYear(String text, List<Detection> out) {
    Anchored m = Anchored.atWordStarts(MONTH_YEAR, text, DateRecognizer::monthAt);
    int before = 0;
    while (m.find()) {
      if (overlapsAny(out, before, m.start(), m.end())) {
        continue;
      }
      boolean ambiguous = m.group(1).equalsIgnoreCase("may") || m.group(1).length() == 3;
      add(
          text,
          m.start(),
          m.end(),
          ambiguous ? 0.6 : 0.7,
          asWritten(text, m.start(), m.end()),
          out);
    }
  }

  private static boolean overlapsAny(List<Detection> found, int from, int start, int end) {
    for (int i = from; i < found.size(); i++) {
      Detection d = found.get(i);
      if (d.start() < end && start < d.end()) {
        return true;
      }
    }
    return false;
  }

  private void add(
      String text, int start, int end, double confidence, String canonical, List<Detection> out) {
    if (BIRTH.precedes(text, start, 6)) {
      out.add(
          new Detection(
              EntityKind.DOB, start, end, Math.max(confidence, 0.9), Pass.REGEX, canonical));
    } else {
      out.add(new Detection(EntityKind.DATE, start, end, confidence, Pass.REGEX, canonical));
    }
  }

  /**
   * A date-shaped value the calendar rejects ("02/30/1980", "February 30, 1980", "13/13/2090"),
   * reported only right after a birth or date cue ({@link CueOverValidator}); its canonical form is
   * {@code yyyy-MM-dd} as written, month first unless only the second number can be a month.
   */
  private void cuedInvalid(
      String text, int start, int end, int year, int first, int second, List<Detection> out) {
    if (!isDateShaped(first, second) || !cueRightBefore(text, start)) {
      return;
    }
    boolean monthFirst = first >= 1 && first <= 12;
    int month = monthFirst ? first : second;
    int day = monthFirst ? second : first;
    cued(text, start, end, IsoDate.of(year, month, day), out);
  }

  /** One of the two numbers can be a month and the other a day of some month. */
  private static boolean isDateShaped(int first, int second) {
    return (first >= 1 && first <= 12 && second >= 1 && second <= 31)
        || (second >= 1 && second <= 12 && first >= 1 && first <= 31);
  }

  private static boolean cueRightBefore(String text, int start) {
    return BIRTH.precedes(text, start, CueOverValidator.WORDS)
        || DATE_CUE.precedes(text, start, CueOverValidator.WORDS);
  }

  /** A cued value the calendar rejects: a DOB after a birth cue, else a DATE. */
  private static void cued(String text, int start, int end, String canonical, List<Detection> out) {
    EntityKind kind =
        BIRTH.precedes(text, start, CueOverValidator.WORDS) ? EntityKind.DOB : EntityKind.DATE;
    out.add(new Detection(kind, start, end, CueOverValidator.CONFIDENCE, Pass.REGEX, canonical));
  }

  private static final String[] MONTH_PREFIXES = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /** Whether a month name starts at {@code i} (its first three letters, in any case). */
  private static boolean monthAt(String text, int i) {
    char c = text.charAt(i);
    if (c >= 128 || !MONTH_INITIALS[c | 0x20] || i + 3 > text.length()) {
      return false;
    }
    if (i > 0 && Anchored.isWordChar(text.charAt(i - 1))) {
      return false;
    }
    char b = text.charAt(i + 1);
    char d = text.charAt(i + 2);
    if (b >= 128 || d >= 128) {
      return false;
    }
    int key = ((c | 0x20) << 16) | ((b | 0x20) << 8) | (d | 0x20);
    for (int prefix : MONTH_KEYS) {
      if (prefix == key) {
        return true;
      }
    }
    return false;
  }

  /** The three-letter month prefixes, each packed into an int. */
  private static final int[] MONTH_KEYS = new int[MONTH_PREFIXES.length];

  static {
    for (int k = 0; k < MONTH_PREFIXES.length; k++) {
      String p = MONTH_PREFIXES[k];
      MONTH_KEYS[k] = (p.charAt(0) << 16) | (p.charAt(1) << 8) | p.charAt(2);
    }
  }

  /**
   * A day before a month name: one or two digits, maybe an ordinal suffix, one or two blanks, maybe
   * "of", then a month's first letter.
   */
  /** One or two digits, a dash or slash, a letter: where "14-MAR-1961" may start. */
  private static boolean mayStartJoined(String text, int i) {
    if (!Anchored.digitRunAt(text, i, 1, 2)) {
      return false;
    }
    int j = i + Anchored.digitsAt(text, i, 2);
    return Anchored.oneOfAt(text, j, "-/")
        && j + 1 < text.length()
        && Anchored.isAsciiLetter(text.charAt(j + 1));
  }

  private static boolean mayStartDayFirst(String text, int i) {
    if (!Anchored.digitRunAt(text, i, 1, 2)) {
      return false;
    }
    int j = i + Anchored.digitsAt(text, i, 2);
    if (j + 1 < text.length()
        && Anchored.isAsciiLetter(text.charAt(j))
        && Anchored.isAsciiLetter(text.charAt(j + 1))) {
      j += 2;
    }
    int blanks = 0;
    while (blanks < 2 && Anchored.oneOfAt(text, j, " \t")) {
      j++;
      blanks++;
    }
    if (blanks == 0) {
      return false;
    }
    if (Anchored.startsWith(text, j, "of")) {
      j += 2;
      while (Anchored.oneOfAt(text, j, " \t")) {
        j++;
      }
    }
    return j < text.length() && text.charAt(j) < 128 && MONTH_INITIALS[text.charAt(j) | 0x20];
  }

  /** The first letters of month names, lower case. */
  private static final boolean[] MONTH_INITIALS = new boolean[128];

  static {
    for (String prefix : MONTH_PREFIXES) {
      MONTH_INITIALS[prefix.charAt(0)] = true;
    }
  }

  private static String asWritten(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  private static int monthNumber(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    switch (key) {
      case "jan":
        return 1;
      case "feb":
        return 2;
      case "mar":
        return 3;
      case "apr":
        return 4;
      case "may":
        return 5;
      case "jun":
        return 6;
      case "jul":
        return 7;
      case "aug":
        return 8;
      case "sep":
        return 9;
      case "oct":
        return 10;
      case "nov":
        return 11;
      default:
        return 12;
    }
  }
}
