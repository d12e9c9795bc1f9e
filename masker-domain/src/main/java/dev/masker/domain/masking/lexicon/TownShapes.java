package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Towns no list has, known by where they stand or how they are made, as callers say where someone
 * lives or stays and speech-to-text writes it, in lower case. After "in" or "near": a word the name
 * readers took for a name ("i'm staying with genia in orrin until the hip heals"), any word and a
 * town ending ("still in castor ridge, she won't move"). Anywhere: a word no common list has and a
 * town ending ("does your home health cover colter junction"), a compass word or "lake" and a word
 * no common list has ("out in east lydell now", "it's lake ossin"). A name read there becomes the
 * town; the place ends the clause (a mark, the end, or a word such as "now", "until", "is").
 */
public final class TownShapes {
  private static final double CONFIDENCE = 0.7;
  private static final int MAX_WORDS = 3;

  private static final Set<String> PREPOSITIONS = Set.of("in", "near", "outside", "past");

  /** Last words of small towns and neighbourhoods ("colter junction", "pike hollow"). */
  private static final Set<String> TOWN_ENDINGS =
      Set.of(
          "junction",
          "hollow",
          "ridge",
          "springs",
          "heights",
          "mills",
          "falls",
          "bend",
          "creek",
          "valley",
          "grove",
          "crossing",
          "landing",
          "harbor",
          "harbour",
          "bluff",
          "bluffs",
          "station",
          "corners",
          "flats",
          "prairie",
          "gap",
          "hills",
          "township",
          "shores",
          "summit",
          "beach",
          "cove",
          "rapids",
          "lakes");

  /** Town endings that end surnames too ("hacer hill"): read only where a town stands. */
  private static final Set<String> PLACED_ENDINGS = Set.of("hill", "view", "point");

  /** Words after the name of a county ("in ridley county", "in tangipahoa parish"). */
  private static final Set<String> COUNTIES = Set.of("county", "parish", "borough");

  /** First words of town names before a word no common list has ("east lydell", "lake ossin"). */
  private static final Set<String> TOWN_STARTS =
      Set.of("north", "south", "east", "west", "lake", "port", "fort", "glen");

  /** Words after a town that start what comes next ("in orrin until …", "in hope now"). */
  private static final Set<String> AFTER_TOWN =
      Set.of(
          "now",
          "until",
          "till",
          "with",
          "and",
          "so",
          "for",
          "since",
          "but",
          "if",
          "anymore",
          "these",
          "this",
          "last",
          "where",
          "which",
          "too",
          "also",
          "though",
          "by",
          "is",
          "was",
          "area",
          "county",
          "nowadays",
          "or",
          "on");

  private TownShapes() {}

  /** The towns after "in" and "near" in {@code text}, names found there read as towns. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!mayHold(text, resolved)) {
      return out;
    }
    var words = TokenizedText.of(text);
    if (!words.lowerCase()) {
      return out; // written text names its towns with capitals, read by the place recognizer
    }
    var lexicon = Lexicon.standard();
    for (int i = 0; i < words.size(); i++) {
      boolean among = nameAmongPlaces(words, i, resolved); // no clause end needed
      boolean placed =
          i >= 1
                  && PREPOSITIONS.contains(words.word(i - 1))
                  && words.gapBefore(i) == TokenizedText.GAP_SPACE
                  && !(i >= 2 && words.word(i - 2).equals("as")) // not "p as in paul whitcombe"
              || besideAddressOrZip(words, i, resolved)
              || among;
      boolean shapedBranch = false;
      int end = longTownEnd(words, i, lexicon);
      boolean longShape = end > i; // a town's shape: no clause end needed
      if (!longShape) {
        end = townEnd(words, i, placed, lexicon, resolved);
      }
      if (end == i) {
        end = placeWordsAfterIn(words, i, lexicon);
      }
      if (end == i && coinedTown(words, i, lexicon)) {
        end = i + 1;
      }
      if (end == i && branchPair(words, i, lexicon)) {
        end = i + 2;
        shapedBranch = true;
      }
      if (end == i && (named(words, i, lexicon) || between(words, i, lexicon))) {
        end = i + 1; // "a little town called millbrook", "between fenmore and ames"
      }
      boolean shaped = longShape || shapedBranch || among || end == i + 2; // no clause end
      if (placed
          && end == i
          && i + 1 < words.size()
          && COUNTIES.contains(words.word(i + 1))
          && !lexicon.isFunctionWord(words.word(i))
          && plain(words.word(i))) {
        end = i + 1; // "in ridley county": the county's name
        shaped = true;
      }
      if (end > i && (shaped || endsClause(words, end))) {
        int start = words.start(i);
        int to = words.end(end - 1);
        if (!ResolvedSpans.overlapPlace(resolved, start, to)) {
          out.add(ResolvedSpans.location(text, start, to, CONFIDENCE));
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code text} may hold one of these towns, without tokenizing it: a name found right
   * after "in " or "near ", or a word that one of the shapes needs. Most turns hold neither.
   */
  private static boolean mayHold(String text, List<Detection> resolved) {
    boolean trigger = false;
    int n = text.length();
    int hash = 0;
    int length = 0;
    for (int c = 0; c <= n; c++) {
      char ch = c < n ? text.charAt(c) : ' ';
      if (ch >= 'a' && ch <= 'z') {
        hash = 31 * hash + ch;
        length++;
        continue;
      }
      if (ch >= 'A' && ch <= 'Z' && ch != 'I' || ch > 127 && Character.isUpperCase(ch)) {
        return false; // written text: its towns have capitals, read by the place recognizer
      }
      // the word's hash as String.hashCode gives it: no word is copied unless it may match
      trigger |=
          length >= 3
              && Arrays.binarySearch(TRIGGER_HASHES, hash) >= 0
              && TRIGGERS.contains(text.substring(c - length, c));
      hash = 0;
      length = 0;
    }
    if (trigger) {
      return true;
    }
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.ADDRESS || d.kind() == EntityKind.ZIP) {
        return true; // a town beside the address or before its ZIP code
      }
      if (d.kind() == EntityKind.NAME
          && (text.startsWith("in ", d.start() - 3)
              || text.startsWith("or ", d.start() - 3)
              || text.startsWith("not ", d.start() - 4)
              || text.startsWith("and ", d.start() - 4)
              || text.startsWith("hit ", d.start() - 4)
              || text.startsWith(" or ", d.end())
              || text.startsWith(" and ", d.end())
              || text.startsWith("to ", d.start() - 3)
              || text.startsWith("by ", d.start() - 3)
              || text.startsWith("near ", d.start() - 5))) {
        return true;
      }
    }
    return false;
  }

  /** The token after a town starting at {@code i}, or {@code i} when none starts there. */
  private static int townEnd(
      TokenizedText words, int i, boolean placed, Lexicon lexicon, List<Detection> resolved) {
    String first = words.word(i);
    if (!plain(first) || lexicon.isFunctionWord(first)) {
      return i;
    }
    boolean pair = i + 1 < words.size() && words.gapBefore(i + 1) == TokenizedText.GAP_SPACE;
    String second = pair ? words.word(i + 1) : "";
    Detection name = ResolvedSpans.nameAt(resolved, words.start(i));
    boolean unlisted = name != null || unlisted(first, lexicon);
    if (pair && TOWN_ENDINGS.contains(second) && (placed || unlisted || led(words, i, second))) {
      return i + 2; // "in castor ridge", "cover colter junction", "moved to quarry falls"
    }
    if (pair && placed && PLACED_ENDINGS.contains(second)) {
      return i + 2; // "535 dunridge court, quarry hill": "hill" ends surnames too, so only there
    }
    if (pair
        && TOWN_STARTS.contains(first)
        && plain(second)
        && !lexicon.isCommonWord(second)
        && !WORDS.term(second)
        && !lexicon.isFunctionWord(second)
        && !lexicon.isName(second)) {
      return i + 2; // "east lydell", "lake ossin", not "saint agnes", a hospital
    }
    if (name == null || !placed) {
      return i;
    }
    int end = i;
    while (end < words.size() && end - i < MAX_WORDS && words.start(end) < name.end()) {
      end++;
    }
    boolean whole = end == words.size() || words.start(end) >= name.end();
    return whole && !NameWords.possessive(words.word(end - 1)) ? end : i; // not "in ana's"
  }

  /** Words that lead to a place: "from dunmore to quarry falls", "out by cedar creek". */
  private static final Set<String> LEADS =
      Set.of(
          "to", "from", "by", "at", "in", "near", "past", "outside", "into", "between", "of",
          "it's");

  /**
   * First words of town names of three words or of a word no list has, read where a place is led to
   * ("in upper marsh hollow", "to new tarrow", "in port saint ellery", "saint claire shores").
   */
  private static final Set<String> LONG_TOWN_STARTS =
      Set.of(
          "north", "south", "east", "west", "lake", "port", "fort", "glen", "new", "upper", "lower",
          "old", "mount", "saint", "san", "santa", "el");

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
  private static boolean branchPair(TokenizedText words, int i, Lexicon lexicon) {
    if (i < 1
        || i + 2 >= words.size()
        || !words.word(i - 1).equals("the")
        || !(words.word(i + 2).equals("location") || words.word(i + 2).equals("branch"))) {
      return false;
    }
    for (int k = i; k <= i + 1; k++) {
      String word = words.word(k);
      if (!plain(word)
          || words.gapBefore(k) != TokenizedText.GAP_SPACE
          || lexicon.isFunctionWord(word)
          || WHICH_ONE.contains(word)
          || CalendarWords.CALENDAR_WORDS.contains(word)) {
        return false;
      }
    }
    return words.gapBefore(i + 2) == TokenizedText.GAP_SPACE;
  }

  /** First words of towns that a surname may follow ("new tarrow", "port ellis", "fort hale"). */
  private static final Set<String> NAMED_STARTS = Set.of("new", "port", "fort", "mount", "glen");

  /**
   * The token after a town of a first word of such names and two more words, the last a town ending
   * or the middle "saint" ("upper marsh hollow", "north fork landing", "port saint ellery"), or of
   * such a first word and a word no list has ("new tarrow"), where a place is led to; or {@code i}.
   */
  private static int longTownEnd(TokenizedText words, int i, Lexicon lexicon) {
    if (i < 1
        || i + 1 >= words.size()
        || !LONG_TOWN_STARTS.contains(words.word(i))
        || !LEADS.contains(words.word(i - 1)) && !words.word(i - 1).equals("the")
        || words.gapBefore(i) != TokenizedText.GAP_SPACE
        || words.gapBefore(i + 1) != TokenizedText.GAP_SPACE) {
      return i;
    }
    String second = words.word(i + 1);
    if (!plain(second) || lexicon.isFunctionWord(second)) {
      return i;
    }
    if (i + 2 < words.size() && words.gapBefore(i + 2) == TokenizedText.GAP_SPACE) {
      String third = words.word(i + 2);
      if (TOWN_ENDINGS.contains(third) && !third.equals("station")
          || second.equals("saint") && plain(third) && !lexicon.isFunctionWord(third)
          || words.word(i).equals("saint")
              && i + 3 < words.size()
              && TOWN_ENDINGS.contains(words.word(i + 3))) {
        return words.word(i).equals("saint") && !TOWN_ENDINGS.contains(third) ? i + 4 : i + 3;
      }
    }
    if (words.word(i - 1).equals("the")) {
      return i; // "the saint claire shores turnoff", not "the new lisinopril"
    }
    boolean coined =
        (unlisted(second, lexicon)
                || NAMED_STARTS.contains(words.word(i)) && lexicon.isName(second))
            && !lexicon.isCommonWord(second)
            && !WORDS.term(second)
            && !DictionaryWords.standard().contains(second);
    return coined ? i + 2 : i;
  }

  /**
   * Whether the pair of words from {@code i}, the second a town ending, is led to as a place
   * ("moved to quarry falls") or names a branch ("at the otter bend location"). Not a station: "to
   * the bus station" is no town.
   */
  private static boolean led(TokenizedText words, int i, String ending) {
    if (i < 1 || ending.equals("station") || words.gapBefore(i) != TokenizedText.GAP_SPACE) {
      return false;
    }
    String before = words.word(i - 1);
    return LEADS.contains(before) && !(i >= 2 && words.word(i - 2).equals("as"))
        || before.equals("the")
            && i + 2 < words.size()
            && words.gapBefore(i + 2) == TokenizedText.GAP_SPACE
            && BRANCH_WORDS.contains(words.word(i + 2));
  }

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
  private static boolean nameAmongPlaces(TokenizedText words, int i, List<Detection> resolved) {
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
  private static boolean besideAddressOrZip(TokenizedText words, int i, List<Detection> resolved) {
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
  private static final Set<String> PLACE_BEFORE_IN =
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
  private static int placeWordsAfterIn(TokenizedText words, int i, Lexicon lexicon) {
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
      if (!plain(last)
          || lexicon.isFunctionWord(last)
          || NOT_PLACES.contains(last)
          || CalendarWords.CALENDAR_WORDS.contains(last)
          || end > i + 1 && words.gapBefore(end - 1) != TokenizedText.GAP_SPACE) {
        return i;
      }
      if (endsClause(words, end)) {
        return end;
      }
    }
    return i;
  }

  /** Endings of English town names ("dunhollow", "saltmere", "lowbridge", "marrowby"). */
  private static final List<String> TOWN_SUFFIXES =
      List.of(
          "hollow", "mere", "bridge", "combe", "ton", "ville", "burg", "field", "ford", "dale",
          "leigh", "port", "mouth", "stead", "wick", "worth", "grove", "brook", "haven", "ridge",
          "chester", "caster", "bury", "borough", "by", "thorpe", "minster", "wood", "moor");

  /** Words a coined town follows: "go to saltmere", "from dunhollow", "out by lowbridge". */
  private static final Set<String> BEFORE_TOWN = Set.of("to", "from", "by", "near", "in");

  /** Words after a town that name a branch there: "at the marrowby location". */
  private static final Set<String> BRANCH_WORDS =
      Set.of("location", "office", "clinic", "branch", "site", "campus", "store", "pharmacy");

  /**
   * A word no list or dictionary has, of a town's ending, after "to", "from", "by" or "near", or
   * between "the" and "location" (a branch): a town ("is there a clinic … or do i go to saltmere").
   */
  private static boolean coinedTown(TokenizedText words, int i, Lexicon lexicon) {
    String word = words.word(i);
    if (word.length() < 6
        || !plain(word)
        || i < 1
        || words.gapBefore(i) != TokenizedText.GAP_SPACE) {
      return false;
    }
    boolean before =
        BEFORE_TOWN.contains(words.word(i - 1))
            && !(i >= 2 && words.word(i - 2).equals("as")); // not "w as in whitcombe"
    boolean branch =
        words.word(i - 1).equals("the")
            && i + 1 < words.size()
            && words.gapBefore(i + 1) == TokenizedText.GAP_SPACE
            && BRANCH_WORDS.contains(words.word(i + 1));
    if (!before && !branch || !branch && !endsClause(words, i + 1)) {
      return false;
    }
    boolean suffix = false;
    for (String ending : TOWN_SUFFIXES) {
      suffix |= word.endsWith(ending) && word.length() - ending.length() >= 3;
    }
    return suffix
        && !lexicon.isCommonWord(word)
        && !lexicon.isName(word)
        && !lexicon.isFunctionWord(word)
        && !WORDS.term(word)
        && !DictionaryWords.standard().contains(word);
  }

  /**
   * A word right after "town called", "the city is", "the town's", "the town," and the like: the
   * town's name ("spell the town, saxonburg, yeah like it sounds").
   */
  private static boolean named(TokenizedText words, int i, Lexicon lexicon) {
    if (i < 2 || !plain(words.word(i)) || lexicon.isFunctionWord(words.word(i))) {
      return false;
    }
    String before = words.word(i - 1);
    boolean space = words.gapBefore(i) == TokenizedText.GAP_SPACE;
    boolean called =
        SETTLEMENTS.contains(words.word(i - 2))
            && space
            && (before.equals("called") || before.equals("named"));
    // "the city is fairplay", "the town's saxonburg", "spell the town, saxonburg": a word no
    // common list has ("the town is small" says nothing of its name)
    boolean said =
        space
                && (before.equals("city's")
                    || before.equals("town's")
                    || before.equals("is")
                        && (words.word(i - 2).equals("city") || words.word(i - 2).equals("town")))
            || words.gapBefore(i) == TokenizedText.GAP_COMMA
                && (before.equals("city") || before.equals("town"))
                && words.word(i - 2).equals("the");
    return called || said && unlisted(words.word(i), lexicon);
  }

  /**
   * One of two words after "between" and around "and", one of them no common list has ("we split
   * time between fenmore and ames"): two places.
   */
  private static boolean between(TokenizedText words, int i, Lexicon lexicon) {
    int first;
    if (i >= 1 && words.word(i - 1).equals("between")) {
      first = i;
    } else if (i >= 3 && words.word(i - 1).equals("and") && words.word(i - 3).equals("between")) {
      first = i - 2;
    } else {
      return false;
    }
    if (first + 2 >= words.size() || !words.word(first + 1).equals("and")) {
      return false;
    }
    String one = words.word(first);
    String other = words.word(first + 2);
    return plain(one)
        && plain(other)
        && !lexicon.isFunctionWord(one)
        && !lexicon.isFunctionWord(other)
        && !CalendarWords.CALENDAR_WORDS.contains(one)
        && !CalendarWords.CALENDAR_WORDS.contains(other)
        && (unlisted(one, lexicon) || unlisted(other, lexicon));
  }

  /** What a caller calls a place before its name ("a town called …"). */
  private static final Set<String> SETTLEMENTS =
      Set.of("town", "city", "village", "place", "suburb", "neighborhood", "neighbourhood");

  /** A word no common-word or name list has, and no medicine ("fenmore", not "lisinopril"). */
  private static boolean unlisted(String word, Lexicon lexicon) {
    return !lexicon.isCommonWord(word) && !lexicon.isName(word) && !WORDS.term(word);
  }

  private static final NameWords WORDS = new NameWords(Lexicon.standard());

  /** Words one of the shapes needs; a turn with none of them and no name after "in" has none. */
  private static final Set<String> TRIGGERS = triggers();

  private static final int[] TRIGGER_HASHES =
      TRIGGERS.stream().mapToInt(String::hashCode).sorted().toArray();

  private static Set<String> triggers() {
    var words = new java.util.HashSet<String>(TOWN_ENDINGS);
    words.addAll(TOWN_STARTS);
    words.addAll(LONG_TOWN_STARTS);
    words.addAll(PREPOSITIONS);
    words.addAll(COUNTIES);
    words.addAll(SETTLEMENTS);
    words.add("between");
    words.addAll(PLACE_BEFORE_IN);
    words.addAll(BRANCH_WORDS);
    words.add("from");
    words.add("covers");
    words.add("cover");
    words.add("sign");
    words.add("originally");
    return Set.copyOf(words);
  }

  private static boolean plain(String word) {
    return word.length() >= 3 && word.chars().allMatch(Character::isLetter);
  }

  private static boolean endsClause(TokenizedText words, int end) {
    return end >= words.size()
        || words.gapBefore(end) != TokenizedText.GAP_SPACE
        || AFTER_TOWN.contains(words.word(end));
  }
}
