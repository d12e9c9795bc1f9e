package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.List;
import java.util.Set;

/**
 * Where a town stands in a caller's turn, for {@link TownShapes}: beside an address or before its
 * ZIP code, after "over in", "out by" and the like, or where a word read as a name can only be a
 * place ("from varrow to the hospital", "west cedar falls or halbeck"), or between "the" and
 * "location" ("the pine barrow location"). Each test looks at a few tokens around one word.
 */
final class TownPositions {
  private TownPositions() {}

  /** Words before a name that make it a place: "from varrow to", "if you hit redlow". */
  private static final Set<String> TO_A_PLACE = Set.of("hit", "covers", "cover");

  /**
   * Words before "from" that make what follows a place: "a ride from", "i'm from", "moved from".
   */
  private static final Set<String> FROM_A_PLACE =
      Set.of(
          "i'm",
          "we're",
          "he's",
          "she's",
          "moved",
          "moving",
          "ride",
          "rides",
          "drive",
          "drove",
          "coming",
          "come",
          "came",
          "away",
          "far",
          "miles",
          "minutes",
          "originally");

  /** Words that join places in a list or a correction: "bliss or dellacourt", "not calloway". */
  private static final Set<String> PLACE_JOINS = Set.of("or", "and", "not");

  /**
   * Whether the name found at {@code i} stands where a place does: after "hit" or "covers", after
   * "from" before "to" or after a move ("a ride from varrow", not "a text from guzman"), after "a
   * sign for", before "county" or "originally", or joined by "or", "and" or "not" to a place found
   * ("west cedar falls or halbeck", "in port saint ellery now not calloway").
   */
  static boolean nameAmongPlaces(TokenizedText words, int i, List<Detection> resolved) {
    if (i < 1
        || words.gapBefore(i) != TokenizedText.GAP_SPACE
        || ResolvedSpans.nameAt(resolved, words.start(i)) == null) {
      return false;
    }
    String before = words.word(i - 1);
    String after = i + 1 < words.size() ? words.word(i + 1) : "";
    boolean
        fromPlace = // "from varrow to the hospital", "a ride from bay harlow", not "a text from"
        before.equals("from")
                && (after.equals("to") || i >= 2 && FROM_A_PLACE.contains(words.word(i - 2)));
    if (TO_A_PLACE.contains(before)
        || fromPlace
        || before.equals("for") && i >= 2 && words.word(i - 2).equals("sign")
        || after.equals("county")
        || after.equals("originally")) {
      return true;
    }
    if (PLACE_JOINS.contains(before) && i >= 2) {
      int k = ResolvedSpans.firstEndingAfter(resolved, words.start(i - 1) - 40);
      for (; k < resolved.size() && resolved.get(k).end() <= words.start(i - 1); k++) {
        if (resolved.get(k).kind() == EntityKind.LOCATION
            && words.start(i - 1) - resolved.get(k).end() <= 6) {
          return true; // "… ellery now not calloway", "dellacourt or bellmoor"
        }
      }
    }
    if (PLACE_JOINS.contains(after) && i + 2 < words.size()) {
      int k = ResolvedSpans.firstEndingAfter(resolved, words.start(i + 2));
      return k < resolved.size()
          && resolved.get(k).start() == words.start(i + 2)
          && resolved.get(k).kind() == EntityKind.LOCATION;
    }
    return false;
  }

  /**
   * Whether the words from {@code i} stand where a town does in an address: after the address and a
   * comma ("535 dunridge court, quarry hill"), or before a comma and the ZIP code ("quarry hill,
   * seven three eight oh five").
   */
  static boolean besideAddressOrZip(TokenizedText words, int i, List<Detection> resolved) {
    if (i >= 1 && words.gapBefore(i) == TokenizedText.GAP_COMMA) {
      int before = words.end(i - 1);
      int k = ResolvedSpans.firstEndingAfter(resolved, before - 1);
      if (k < resolved.size()
          && resolved.get(k).end() == before
          && resolved.get(k).kind() == EntityKind.ADDRESS) {
        return true;
      }
    }
    for (int k = i + 1; k <= i + 2 && k < words.size(); k++) {
      if (words.gapBefore(k) == TokenizedText.GAP_COMMA) {
        int at = words.start(k);
        int z = ResolvedSpans.firstEndingAfter(resolved, at);
        return z < resolved.size()
            && resolved.get(z).start() == at
            && resolved.get(z).kind() == EntityKind.ZIP;
      }
    }
    return false;
  }

  /** Words before "in" that say the place after it is where someone lives or goes. */
  static final Set<String> PLACE_BEFORE_IN =
      Set.of(
          "over",
          "out",
          "up",
          "down",
          "lives",
          "living",
          "clinic",
          "hospital",
          "pharmacy",
          "office",
          "location",
          "branch",
          "facility",
          "center",
          "centre",
          "new");

  private static final Set<String> BREAK = Set.of("broke", "break", "breaks", "breaking");

  /**
   * Words before "by" or "past" that say the place after them is out there ("out by", "over by").
   */
  private static final Set<String> OUT_THERE = Set.of("over", "out", "up", "down");

  /** Words after those that are states or things, not places ("out in the cold", "up in pain"). */
  private static final Set<String> NOT_PLACES =
      Set.of(
          "pain",
          "network",
          "person",
          "bed",
          "time",
          "line",
          "touch",
          "charge",
          "care",
          "trouble",
          "hospice",
          "rehab",
          "town",
          "front",
          "back",
          "general",
          "full",
          "public",
          "private",
          "surgery",
          "labor",
          "labour",
          "case",
          "advance",
          "total",
          "writing",
          "order",
          "question",
          "stock",
          "common",
          "particular",
          "fact",
          "person's",
          "traffic",
          "bulk",
          "hives",
          "tears",
          "sweat",
          "sweats",
          "spots",
          "rash",
          "bumps",
          "blisters");

  /**
   * One or two words after "over in", "out in", "lives in", "the clinic in", "i'm new in", "over
   * by", "out past" and the like, up to the end of the clause: a town, even one made of ordinary
   * words ("she lives over in hope with temeka", "is there a clinic in energy or …", "we're out in
   * fair view now"). Returns the token after it, or {@code i}.
   */
  static int placeWordsAfterIn(TokenizedText words, int i, Lexicon lexicon) {
    if (i < 2) {
      return i;
    }
    String after = words.word(i - 1);
    boolean in = after.equals("in") && PLACE_BEFORE_IN.contains(words.word(i - 2));
    boolean by = // "the one over by friendship", "we're way out past union"
        (after.equals("by") || after.equals("past")) && OUT_THERE.contains(words.word(i - 2));
    if (!(in || by)
        || i >= 3 && BREAK.contains(words.word(i - 3)) // "i broke out in hives"
        || words.gapBefore(i) != TokenizedText.GAP_SPACE
        || words.gapBefore(i - 1) != TokenizedText.GAP_SPACE) {
      return i;
    }
    for (int end = i + 1; end <= i + 2 && end <= words.size(); end++) {
      String last = words.word(end - 1);
      if (!TownShapes.plain(last)
          || lexicon.isFunctionWord(last)
          || NOT_PLACES.contains(last)
          || CalendarWords.CALENDAR_WORDS.contains(last)
          || end > i + 1 && words.gapBefore(end - 1) != TokenizedText.GAP_SPACE) {
        return i;
      }
      if (TownShapes.endsClause(words, end)) {
        return end;
      }
    }
    return i;
  }

  /** Words before "location" or "branch" that say which one, not where ("the main location"). */
  private static final Set<String> WHICH_ONE =
      Set.of(
          "main",
          "new",
          "old",
          "other",
          "same",
          "closest",
          "nearest",
          "downtown",
          "uptown",
          "north",
          "south",
          "east",
          "west",
          "first",
          "second",
          "third",
          "original",
          "usual",
          "big",
          "small",
          "local",
          "central",
          "hospital",
          "clinic",
          "pharmacy",
          "medical",
          "urgent",
          "care",
          "walk",
          "store",
          "office",
          "lab",
          "bank",
          "express",
          "primary",
          "regional");

  /**
   * Two words between "the" and "location" or "branch": the town or neighbourhood a branch is named
   * after ("the pine barrow location please"), unless they say which one ("the main campus
   * location").
   */
  static boolean branchPair(TokenizedText words, int i, Lexicon lexicon) {
    if (i < 1
        || i + 2 >= words.size()
        || !words.word(i - 1).equals("the")
        || !(words.word(i + 2).equals("location") || words.word(i + 2).equals("branch"))) {
      return false;
    }
    for (int k = i; k <= i + 1; k++) {
      String word = words.word(k);
      if (!TownShapes.plain(word)
          || words.gapBefore(k) != TokenizedText.GAP_SPACE
          || lexicon.isFunctionWord(word)
          || WHICH_ONE.contains(word)
          || CalendarWords.CALENDAR_WORDS.contains(word)) {
        return false;
      }
    }
    return words.gapBefore(i + 2) == TokenizedText.GAP_SPACE;
  }
}
