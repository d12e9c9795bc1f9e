package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The town after a street address: "seven seven zero eight ivanhoe court in elmstead", "4392
 * Tannery Avenue in Cedar Hollow, 40259". Callers say where the street is right after it, and the
 * town is as often a name no list holds as one it does; after an address, one to three words after
 * "in" are the town whatever they are, up to a mark, a digit or an ordinary word ("in the back",
 * "in june", "in person"); with no "in", a word no list has between commas right after the address
 * is one too ("…, muncie, the gps never finds it"). Run on the resolved detections: an address any
 * pass found counts.
 */
public final class PlacesAfterAddresses {
  private static final int MAX_WORDS = 3;
  private static final double CONFIDENCE = 0.8;

  /** Words that end a town or say no town follows: units, times, closings, ordinary nouns. */
  private static final Set<String> NOT_PLACE =
      Set.of(
          "apartment",
          "apt",
          "unit",
          "suite",
          "building",
          "flat",
          "floor",
          "room",
          "lot",
          "space",
          "trailer",
          "box",
          "number",
          "mile",
          "marker",
          "exit",
          "person",
          "network",
          "pain",
          "case",
          "time",
          "general",
          "fact",
          "advance",
          "total",
          "front",
          "back",
          "writing",
          "spanish",
          "english",
          "french",
          "thanks",
          "sorry",
          "wait",
          "actually",
          "thank",
          "please",
          "okay",
          "ok",
          "yeah",
          "yes",
          "um",
          "uh",
          "now",
          "today",
          "tomorrow",
          "zip",
          "postcode",
          "code",
          "bed",
          "care",
          "town",
          "city",
          "there",
          "here",
          "like",
          "right",
          "minutes",
          "hours",
          "days",
          "weeks",
          "months",
          "years",
          "morning",
          "afternoon",
          "evening",
          "night",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety",
          "hundred",
          "zero",
          "oh",
          "double",
          "triple",
          "half",
          "again",
          "instead",
          "also",
          "anyway",
          "though",
          "then",
          "too");

  private PlacesAfterAddresses() {}

  /** The towns after the addresses among {@code resolved}, not yet covered by a detection. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    for (Detection address : resolved) {
      if (address.kind() != EntityKind.ADDRESS) {
        continue;
      }
      int start = afterIn(text, address.end());
      boolean said = start >= 0;
      if (!said) {
        start = skipBlanks(text, address.end());
      }
      int end = townEnd(text, start);
      // with no "in", the town stands between the address and its postal code ("p o box 4521
      // lawton 73501", "12 mill road, independence, six four oh eight two"), as speech-to-text
      // writes it, in lower case; written addresses name their towns with capitals, read by the
      // place recognizer
      boolean beforeCode =
          end > start
              && isLowerCase(text, address.start(), end)
              && codeFollows(text, end, resolved);
      // "rural route five box sixty two, muncie, the gps never finds it": a word no common list
      // has between commas right after the address
      boolean betweenCommas =
          end > start
              && !said
              && isLowerCase(text, address.start(), end)
              && text.startsWith(", ", address.end())
              && (end == text.length() || text.charAt(end) == ',' || text.charAt(end) == '.')
              && (unlisted(text, start, end) || beforeMore(text, end));
      // "he's in hospice at home 3187 gannet avenue harmony", "2599 ingrid road little elk
      // crossing": the words that end a transcript right after its address
      boolean lastWords =
          end > start
              && !said
              && isLowerCase(text, address.start(), end)
              && text.charAt(address.end()) == ' '
              && end - start >= 3
              && text.indexOf(' ', start) != start + 1 // "unit one d": the flat's letter
              && endsTurn(text, end);
      if (end > start
          && (said || beforeCode || betweenCommas || lastWords)
          && !ResolvedSpans.overlapPlace(resolved, start, end)) {
        out.add(ResolvedSpans.location(text, start, end, CONFIDENCE));
      }
    }
    return out;
  }

  /** Whether only marks, blanks or a filler and a new clause follow {@code end}. */
  private static boolean endsTurn(String text, int end) {
    int next = skipBlanks(text, end);
    if (next >= text.length() || text.charAt(next) == '.') {
      return true;
    }
    return text.startsWith("uh ", next) || text.startsWith("um ", next);
  }

  /**
   * Whether ", and" follows the words at {@code end}: a town that is an ordinary word stands there
   * before the rest of the caller's details ("… pruett court suite 553, plain, and my phone is …").
   */
  private static boolean beforeMore(String text, int end) {
    return text.startsWith(", and ", end);
  }

  /** Whether a word from {@code start} to {@code end} is one no common-word list has. */
  private static boolean unlisted(String text, int start, int end) {
    var lexicon = Lexicon.standard();
    for (String word : text.substring(start, end).split("[ -]+")) {
      if (word.length() >= 3
          && !lexicon.isCommonWord(word)
          && !lexicon.isName(word)
          && !WORDS.term(word)) {
        return true;
      }
    }
    return false;
  }

  private static final NameWords WORDS = new NameWords(Lexicon.standard());

  private static boolean isLowerCase(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
      i++;
    }
    return i;
  }

  /**
   * Whether a postal code found, or one read out in words, starts after the blanks at {@code end}
   * (not any digits: "apto 52" is a flat).
   */
  private static boolean codeFollows(String text, int end, List<Detection> resolved) {
    int next = skipBlanks(text, end);
    if (next == end || next >= text.length()) {
      return false;
    }
    for (Detection d : resolved) {
      if (d.start() == next && (d.kind() == EntityKind.ZIP || d.kind() == EntityKind.ADDRESS)) {
        return true;
      }
    }
    int wordEnd = next;
    while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    return DIGIT_WORDS.contains(text.substring(next, wordEnd));
  }

  /** The words a postal code read out starts with. */
  private static final Set<String> DIGIT_WORDS =
      Set.of("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  /** Words a caller may put between the address and "in" its town: "unit fifteen now, in …". */
  private static final List<String> ASIDES = List.of(" now", " too", " actually");

  /**
   * Where the word after ", in " or " in " following {@code from} starts, or -1; the letter of a
   * flat or one aside may stand before "in" ("13 birchmont drive number eight c in liberty", "29
   * quillhaven way unit fifteen now, in sterling").
   */
  private static int afterIn(String text, int from) {
    int i = from;
    if (i + 2 < text.length()
        && text.charAt(i) == ' '
        && Character.isLetter(text.charAt(i + 1))
        && text.startsWith(" in ", i + 2)) {
      i += 2; // "number eight c in liberty"
    }
    for (String aside : ASIDES) {
      if (text.startsWith(aside, i)) {
        i += aside.length();
        break;
      }
    }
    if (i < text.length() && text.charAt(i) == ',') {
      i++;
    }
    if (!text.regionMatches(true, i, " in ", 0, 4)) {
      return -1;
    }
    return i + 4;
  }

  /**
   * The end of up to {@value #MAX_WORDS} words of letters from {@code start} that may be a town.
   */
  private static int townEnd(String text, int start) {
    var lexicon = Lexicon.standard();
    int end = start;
    int i = start;
    for (int words = 0; words < MAX_WORDS; words++) {
      int wordEnd = i;
      while (wordEnd < text.length()
          && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
        wordEnd++;
      }
      if (wordEnd == i) {
        break;
      }
      if (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
        break; // a word glued to digits is no town's
      }
      String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
      if (lexicon.isFunctionWord(word)
          || NOT_PLACE.contains(word)
          || CalendarWords.CALENDAR_WORDS.contains(word)
          || CalendarWords.isMonth(word)) {
        break;
      }
      end = wordEnd;
      if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
        break;
      }
      i = wordEnd + 1;
    }
    return end;
  }
}
