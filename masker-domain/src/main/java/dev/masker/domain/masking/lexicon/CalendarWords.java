package dev.masker.domain.masking.lexicon;

import static dev.masker.domain.masking.lexicon.NameWords.base;

import java.util.Set;

/**
 * Days and months as the name recognizers meet them: words that name no one ("the appointment is
 * for tuesday"), and a month said with its day ("january nineteenth"), which is a date even where a
 * cue would make the month a given name.
 */
final class CalendarWords {
  /** Days and months no name list has: "the appointment is for tuesday" names no one. */
  static final Set<String> CALENDAR_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "january",
          "february",
          "march",
          "july",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "weekend",
          "weekday");

  /** The months, four of which are also given names ("april", "may", "june", "august"). */
  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  static boolean isMonth(String word) {
    return MONTHS.contains(word);
  }

  /** Ordinal words a day of the month is said with ("january nineteenth"). */
  private static final Set<String> DAY_ORDINALS =
      Set.of(
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth",
          "thirteenth",
          "fourteenth",
          "fifteenth",
          "sixteenth",
          "seventeenth",
          "eighteenth",
          "nineteenth",
          "twentieth",
          "thirtieth",
          "twenty",
          "thirty");

  /**
   * Whether {@code word} is an ordinal of the first thirty ("fifth", "twelfth"), not a tens word.
   */
  static boolean isOrdinal(String word) {
    return DAY_ORDINALS.contains(word) && !word.equals("twenty") && !word.equals("thirty");
  }

  /**
   * A month with a day after it ("january nineteenth", "june 3", "may 3rd", "april the first"): a
   * date, whatever cue comes before, never a name.
   */
  static boolean monthWithDay(TokenizedText text, int i) {
    int next = i + 1;
    if (!MONTHS.contains(base(text, i)) || next >= text.size()) {
      return false;
    }
    String word = text.word(next);
    if (word.equals("the") && next + 1 < text.size()) {
      word = text.word(next + 1);
    }
    if (text.isDigits(next)) {
      return word.length() <= 2;
    }
    return DAY_ORDINALS.contains(word)
        || PlaceRecognizer.NUMBER_WORDS.contains(word)
        || word.matches("\\d{1,2}(st|nd|rd|th)");
  }

  private CalendarWords() {}
}
