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
 * no common list has ("out in east lydell now", "it's lake ossin"). Where a place is led to ("to",
 * "from", "past"): a town's first word and two more, the last a town ending ("to upper marsh
 * hollow", "in port saint ellery"). Named as one: "the city is fairplay". A name read there becomes
 * the town; the place ends the clause (a mark, the end, or a word such as "now", "until", "is")
 * unless its shape says enough. {@link TownPositions} tells where else a town stands.
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
      boolean among = TownPositions.nameAmongPlaces(words, i, resolved); // no clause end needed
      boolean placed =
          i >= 1
                  && PREPOSITIONS.contains(words.word(i - 1))
                  && words.gapBefore(i) == TokenizedText.GAP_SPACE
                  && !(i >= 2 && words.word(i - 2).equals("as")) // not "p as in paul whitcombe"
              || TownPositions.besideAddressOrZip(words, i, resolved)
              || among;
      boolean shapedBranch = false;
      int end = longTownEnd(words, i, lexicon);
      boolean longShape = end > i; // a town's shape: no clause end needed
      if (!longShape) {
        end = townEnd(words, i, placed, lexicon, resolved);
      }
      if (end == i) {
        end = TownPositions.placeWordsAfterIn(words, i, lexicon);
      }
      if (end == i && coinedTown(words, i, lexicon)) {
        end = i + 1;
      }
      if (end == i && TownPositions.branchPair(words, i, lexicon)) {
        end = i + 2;
        shapedBranch = true;
      }
      boolean called = false;
      if (end == i && (named(words, i, lexicon) || between(words, i, lexicon))) {
        end = i + 1; // "a little town called millbrook", "between fenmore and ames"
        called = words.word(i - 1).equals("called") || words.word(i - 1).equals("named");
      }
      // no clause end needed
      boolean shaped =
          longShape
              || shapedBranch
              || among
              || called
              || end == i + 2
              || end == i + 3 && TOWN_ENDINGS.contains(words.word(i + 2));
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
        double held = ResolvedSpans.holdingPlace(resolved, start, to);
        if (held >= 0) { // "in linden hollow" holds the town "linden" a list has
          out.add(ResolvedSpans.location(text, start, to, Math.max(CONFIDENCE, held)));
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
      // "in castor ridge", "cover colter junction", "moved to quarry falls", and a second ending
      // after the first: "in cedar bluff junction"
      return i + 2 < words.size()
              && words.gapBefore(i + 2) == TokenizedText.GAP_SPACE
              && TOWN_ENDINGS.contains(words.word(i + 2))
          ? i + 3
          : i + 2;
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

  /** First words of towns that a surname may follow ("new tarrow", "port ellis", "fort hale"). */
  private static final Set<String> NAMED_STARTS = Set.of("new", "port", "fort", "mount", "glen");

  /**
   * The token after a town of a first word of such names and two more words, the last a town ending
   * or the middle "saint", "port", "fort", "mount" or "glen" ("upper marsh hollow", "north fork
   * landing", "port saint ellery", "new port ellery"), or of such a first word and a word no list
   * has ("new tarrow"), where a place is led to; or {@code i}.
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
          || (second.equals("saint")
                  || NAMED_STARTS.contains(second) && !words.word(i).equals("the"))
              && plain(third)
              && !lexicon.isFunctionWord(third)
              && !lexicon.isCommonWord(third)
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
    if (i < 2) {
      return false;
    }
    String before = words.word(i - 1);
    boolean space = words.gapBefore(i) == TokenizedText.GAP_SPACE;
    // "a town called millbrook", "the town is called reliance"
    boolean called =
        (SETTLEMENTS.contains(words.word(i - 2))
                || i >= 3
                    && (words.word(i - 2).equals("is") || words.word(i - 2).equals("was"))
                    && SETTLEMENTS.contains(words.word(i - 3)))
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
    return (called || said && unlisted(words.word(i), lexicon))
        && plain(words.word(i))
        && !lexicon.isFunctionWord(words.word(i));
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
    words.addAll(PLACED_ENDINGS);
    words.addAll(SETTLEMENTS);
    words.add("between");
    words.addAll(TownPositions.PLACE_BEFORE_IN);
    words.addAll(BRANCH_WORDS);
    words.add("from");
    words.add("covers");
    words.add("cover");
    words.add("sign");
    words.add("originally");
    return Set.copyOf(words);
  }

  static boolean plain(String word) {
    if (word.length() < 3) {
      return false;
    }
    for (int c = 0; c < word.length(); c++) {
      if (!Character.isLetter(word.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  static boolean endsClause(TokenizedText words, int end) {
    return end >= words.size()
        || words.gapBefore(end) != TokenizedText.GAP_SPACE
        || AFTER_TOWN.contains(words.word(end));
  }
}
