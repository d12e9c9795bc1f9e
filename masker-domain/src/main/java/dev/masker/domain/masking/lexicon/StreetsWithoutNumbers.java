package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A street said without its house number, as callers tell a driver or a nurse where to find them:
 * one or two words (or an ordinal) and a street type after "on", "onto", "off", "of", "at", "to",
 * "not", "is", "street" or "street's" ("i'm right on marigold road", "we're just off of pinhook
 * place", "the cross street is spring boulevard", "it's nine ninety one ostrander road, not quillon
 * way"). Street types that are ordinary nouns too ("drive", "court", "place", "way") count only
 * after a word no common list has ("on greaves court", not "to claims court" or "on my way"), or
 * right after who is there ("i'm on orchard drive"). A street already found is left alone. Linear
 * in the words; most turns name no street type and are not tokenized.
 */
public final class StreetsWithoutNumbers {
  private static final double CONFIDENCE = 0.7;

  /** Types that name a street whatever word stands before them. */
  private static final Set<String> STREET_TYPES =
      Set.of(
          "street",
          "road",
          "avenue",
          "lane",
          "boulevard",
          "terrace",
          "pike",
          "loop",
          "trail",
          "parkway",
          "crescent",
          "circle",
          "highway",
          "rd",
          "st",
          "dr",
          "ave",
          "blvd",
          "ln");

  /** Types that are ordinary nouns too: only after a word no common list has. */
  private static final Set<String> NOUN_TYPES = Set.of("drive", "court", "place", "way");

  /** Words a street said alone follows. */
  private static final Set<String> BEFORE_STREET =
      Set.of("on", "onto", "off", "of", "at", "to", "not", "is", "street", "street's");

  /** Words before a type that make no street: "on feedback loop", "on full circle". */
  private static final Set<String> NOT_NAMES =
      Set.of("feedback", "full", "inner", "paper", "dirt", "gravel", "main", "one", "wrong");

  private static final Set<String> TYPES = union(STREET_TYPES, NOUN_TYPES);

  private static final int[] TYPE_HASHES =
      TYPES.stream().mapToInt(String::hashCode).sorted().toArray();

  private StreetsWithoutNumbers() {}

  /** The streets {@code text} says without a house number, not yet among {@code resolved}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!mayHold(text, resolved)) {
      return out;
    }
    var words = TokenizedText.of(text);
    var lexicon = Lexicon.standard();
    boolean placeSaid = ResolvedSpans.givePlace(resolved); // "it's on brisbee avenue in eden"
    for (int i = 2; i < words.size(); i++) {
      String type = words.word(i);
      if (!TYPES.contains(type) || words.gapBefore(i) != TokenizedText.GAP_SPACE) {
        continue;
      }
      int first = nameStart(words, i, lexicon, placeSaid);
      if (first < 0) {
        continue;
      }
      if (NOUN_TYPES.contains(type)
          && !unlisted(words, first, i, lexicon)
          && !saidWhereOneIs(words, first - 1)) {
        continue;
      }
      int start = words.start(first);
      int end = words.end(i);
      if (i + 1 < words.size()
          && words.gapBefore(i + 1) == TokenizedText.GAP_SPACE
          && words.isDigits(i + 1)) {
        end = words.end(i + 1); // the road's number: "on forest service road 4606"
      }
      if (!ResolvedSpans.overlapPlace(resolved, start, end)) { // "onto ravenna trail": no name
        out.add(ResolvedSpans.address(text, start, end, CONFIDENCE));
      }
    }
    return out;
  }

  /**
   * The first word of the street's name before the type at {@code type}: one or two words of
   * letters after a word a street follows, or -1.
   */
  private static int nameStart(TokenizedText words, int type, Lexicon lexicon, boolean placeSaid) {
    for (int first = type - 1; first >= 1 && first >= type - 2; first--) {
      boolean numbered =
          first == type - 1
              && CalendarWords.isOrdinal(words.word(first)) // "on fifth circle"
              && STREET_TYPES.contains(words.word(type));
      if (!numbered && !nameWord(words, first, lexicon)) {
        return -1;
      }
      if (words.gapBefore(first) == TokenizedText.GAP_SPACE
          && BEFORE_STREET.contains(words.word(first - 1))
          && (someoneThere(words, first - 1) || placeSaid && !atFacility(words, first - 1))) {
        return first;
      }
      if (words.gapBefore(first) != TokenizedText.GAP_SPACE) {
        return -1;
      }
    }
    return -1;
  }

  /** Words that put a person where the street is: "i'm right on", "tell him it's … not". */
  private static final Set<String> PERSONS =
      Set.of(
          "i",
          "i'm",
          "im",
          "we",
          "we're",
          "were",
          "she",
          "she's",
          "he",
          "he's",
          "they",
          "they're",
          "my",
          "our",
          "her",
          "his",
          "their",
          "me",
          "us",
          "him",
          "them",
          "live",
          "lives",
          "living",
          "house",
          "home",
          "apartment",
          "moved",
          "building",
          "entrance",
          "driveway",
          "mailbox",
          "wait",
          "driver",
          "stay",
          "staying",
          "stays",
          "address"); // "the address is 4161 maple avenue not weir road"

  /** How many words before the cue a person may be named. */
  private static final int PERSON_WINDOW = 8;

  /**
   * Whether the street after the cue at {@code cue} is where someone is: the cue is "street's" or
   * "street is", or a person is named shortly before it and no facility stands right before it
   * ("i'm right on marigold road", not "the pharmacy on elm street is open late").
   */
  private static boolean someoneThere(TokenizedText words, int cue) {
    String word = words.word(cue);
    if (word.equals("street's")
        || word.equals("street")
        || word.equals("is") && cue >= 1 && words.word(cue - 1).equals("street")) {
      return true;
    }
    if (atFacility(words, cue)) {
      return false;
    }
    for (int k = cue - 1; k >= 0 && k >= cue - PERSON_WINDOW; k--) {
      if (PERSONS.contains(words.word(k))) {
        return true;
      }
      if (words.gapBefore(k) == TokenizedText.GAP_STOP) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the cue at {@code cue} follows who is there: "i'm on orchard drive", "she lives on".
   */
  private static boolean saidWhereOneIs(TokenizedText words, int cue) {
    return cue >= 1
        && words.word(cue).equals("on")
        && words.gapBefore(cue) == TokenizedText.GAP_SPACE
        && PERSONS.contains(words.word(cue - 1));
  }

  /** Whether a facility ("the pharmacy on elm street") or "one" or "as" stands before the cue. */
  private static boolean atFacility(TokenizedText words, int cue) {
    return cue >= 1
        && (Lexicon.isFacilityWord(words.word(cue - 1))
            || words.word(cue - 1).equals("one")
            || words.word(cue - 1).equals("as"));
  }

  private static boolean nameWord(TokenizedText words, int i, Lexicon lexicon) {
    String word = words.word(i);
    return word.length() >= 3
        && word.chars().allMatch(Character::isLetter)
        && !lexicon.isFunctionWord(word)
        && !NOT_NAMES.contains(word)
        && !PlaceRecognizer.NUMBER_WORDS.contains(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word)
        && !TYPES.contains(word);
  }

  /** Whether a word from {@code first} up to {@code type} is one no common-word list has. */
  private static boolean unlisted(TokenizedText words, int first, int type, Lexicon lexicon) {
    for (int k = first; k < type; k++) {
      if (!lexicon.isCommonWord(words.word(k)) && !lexicon.isFunctionWord(words.word(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code text} outside the values found may be a street type, without
   * tokenizing it: most turns name none, or only in an address found ("1234 oak street").
   */
  private static boolean mayHold(String text, List<Detection> resolved) {
    int n = text.length();
    int hash = 0;
    int length = 0;
    for (int c = 0; c <= n; c++) {
      char ch = c < n ? Character.toLowerCase(text.charAt(c)) : ' ';
      if (ch >= 'a' && ch <= 'z') {
        hash = 31 * hash + ch;
        length++;
        continue;
      }
      if (length >= 2
          && Arrays.binarySearch(TYPE_HASHES, hash) >= 0
          && TYPES.contains(text.substring(c - length, c).toLowerCase(Locale.ROOT))
          && !ResolvedSpans.overlap(resolved, c - length, c)) {
        return true;
      }
      hash = 0;
      length = 0;
    }
    return false;
  }

  private static Set<String> union(Set<String> one, Set<String> other) {
    var all = new java.util.HashSet<String>(one);
    all.addAll(other);
    return Set.copyOf(all);
  }
}
