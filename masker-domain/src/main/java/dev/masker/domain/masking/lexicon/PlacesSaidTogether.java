package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A town said in the same breath as a town found, in the slot that mirrors it: "alder junction no
 * oxley heights", "the pharmacy in brannock ridge not the one in saltmarsh", "from quill falls to
 * bliss", "between normal and kettle heights", "in lake willow and brannock fork". In a lower-case
 * transcript, one to three words that are no function word, on the other side of a joining word
 * ("or", "or was it", "no", "not", "not the one in"; "and" after "between" or "in"; "to" after
 * "from") from a town found, and ending the clause or followed by a function word or a word of
 * time, are a town too, even when they are everyday words ("hope", "bliss"): a caller who names two
 * places side by side names two places. After "and", and after "to" with no "from", a verb or a
 * noun follows a town as often ("in marrowby and drop off", "to see my mother"): there one word at
 * least must be no everyday word.
 */
public final class PlacesSaidTogether {
  private static final double CONFIDENCE = 0.75;
  private static final int MAX_WORDS = 3;

  /** What joins a town to the town after it. */
  private static final List<List<String>> JOINS_AFTER =
      List.of(
          List.of("not", "the", "one", "in"),
          List.of("i", "think", "or", "was", "it"),
          List.of("or", "was", "it"),
          List.of("and"),
          List.of("or"),
          List.of("no"),
          List.of("not"),
          List.of("to"));

  /** What joins a town to the town before it; "and" only after "between" or "in". */
  private static final List<List<String>> JOINS_BEFORE =
      List.of(
          List.of("i", "think", "or", "was", "it"),
          List.of("or", "was", "it"),
          List.of("and"),
          List.of("or"),
          List.of("no"));

  /** Words before the first of two towns joined by "and": "between", "in". */
  private static final Set<String> BEFORE_PAIR = Set.of("between", "in");

  /** Everyday words that follow a town without being one: "boston and back", "to town". */
  private static final Set<String> NOT_TOWNS =
      Set.of(
          "last",
          "next",
          "early",
          "late",
          "spring",
          "summer",
          "fall",
          "autumn",
          "winter",
          "back",
          "home",
          "there",
          "here",
          "now",
          "then",
          "again",
          "anyway",
          "also",
          "too",
          "town",
          "city",
          "downtown",
          "work",
          "school",
          "church",
          "bed",
          "hospital",
          "clinic",
          "pharmacy",
          "office",
          "sure",
          "yes",
          "yeah",
          "okay",
          "right",
          "sorry",
          "thanks",
          "everything",
          "something",
          "nothing",
          "everywhere",
          "somewhere",
          "elsewhere",
          "far",
          "close",
          "much");

  private PlacesSaidTogether() {}

  /** The towns said beside a town of {@code resolved} in {@code text}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!holdsTown(resolved) || TokenizedText.capitalBeyondI(text)) {
      return out;
    }
    var words = TokenizedText.of(text);
    if (!words.lowerCase()) {
      return out;
    }
    var lexicon = Lexicon.standard();
    for (Detection town : resolved) {
      if (town.kind() != EntityKind.LOCATION) {
        continue;
      }
      int first = tokenAt(words, town.start());
      int last = tokenEndingAt(words, town.end());
      if (first < 0 || last < first) {
        continue;
      }
      boolean fromTown = first > 0 && words.word(first - 1).equals("from");
      after(text, words, last + 1, fromTown, resolved, lexicon, out);
      before(text, words, first, resolved, lexicon, out);
    }
    return out;
  }

  private static void after(
      String text,
      TokenizedText words,
      int from,
      boolean fromTown,
      List<Detection> resolved,
      Lexicon lexicon,
      List<Detection> out) {
    for (List<String> join : JOINS_AFTER) {
      if (!saidAt(words, from, join)) {
        continue;
      }
      int start = from + join.size();
      int end = start;
      while (end < words.size()
          && end - start < MAX_WORDS
          && words.gapBefore(end) == TokenizedText.GAP_SPACE
          && townWord(words, end, lexicon)) {
        end++;
      }
      if (end > start
          && closes(words, end, lexicon)
          && (everydayAllowed(join, fromTown) || rare(words, start, end, lexicon))) {
        add(text, words, start, end, resolved, out);
      }
      return;
    }
  }

  private static void before(
      String text,
      TokenizedText words,
      int town,
      List<Detection> resolved,
      Lexicon lexicon,
      List<Detection> out) {
    for (List<String> join : JOINS_BEFORE) {
      int joinStart = town - join.size();
      if (joinStart < 1 || !saidAt(words, joinStart, join)) {
        continue;
      }
      int end = joinStart;
      int start = end;
      while (start > 0
          && end - start < MAX_WORDS
          && words.gapBefore(start) == TokenizedText.GAP_SPACE
          && townWord(words, start - 1, lexicon)) {
        start--;
      }
      if (start == end || words.gapBefore(end) != TokenizedText.GAP_SPACE) {
        return;
      }
      boolean opens =
          start == 0
              || words.gapBefore(start) != TokenizedText.GAP_SPACE
              || lexicon.isFunctionWord(words.word(start - 1));
      boolean pairOpens = start > 0 && BEFORE_PAIR.contains(words.word(start - 1));
      if (join.get(0).equals("and") ? pairOpens && rare(words, start, end, lexicon) : opens) {
        add(text, words, start, end, resolved, out);
      }
      return;
    }
  }

  private static void add(
      String text,
      TokenizedText words,
      int start,
      int end,
      List<Detection> resolved,
      List<Detection> out) {
    int from = words.start(start);
    int to = words.end(end - 1);
    if (!ResolvedSpans.overlap(resolved, from, to) && !ResolvedSpans.overlap(out, from, to)) {
      out.add(ResolvedSpans.location(text, from, to, CONFIDENCE));
    }
  }

  /**
   * After "and" or "to" a verb or a noun follows a town as often as a town does ("in marrowby and
   * drop off", "to see my mother"): there the words must not all be everyday ones, unless "to" ends
   * "from <town> to".
   */
  private static boolean everydayAllowed(List<String> join, boolean fromTown) {
    String first = join.get(0);
    return first.equals("to") ? fromTown : !first.equals("and");
  }

  /** Some word of {@code [start, end)} is no everyday word, or the town has a town's last word. */
  private static boolean rare(TokenizedText words, int start, int end, Lexicon lexicon) {
    for (int t = start; t < end; t++) {
      if (!lexicon.isCommonWord(words.word(t))) {
        return true;
      }
    }
    return end - start >= 2 && TownsBeforeDates.TOWN_LAST_WORDS.contains(words.word(end - 1));
  }

  /** Whether the words of {@code join} are said from token {@code t} on, a space apart. */
  private static boolean saidAt(TokenizedText words, int t, List<String> join) {
    if (t + join.size() > words.size() || words.gapBefore(t) != TokenizedText.GAP_SPACE) {
      return false;
    }
    for (int k = 0; k < join.size(); k++) {
      if (!words.word(t + k).equals(join.get(k))
          || k > 0 && words.gapBefore(t + k) != TokenizedText.GAP_SPACE) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word a town's name may hold: letters, no function, number, calendar or everyday place word.
   */
  private static boolean townWord(TokenizedText words, int t, Lexicon lexicon) {
    String word = words.word(t);
    return !words.isDigits(t)
        && word.length() >= 3
        && !lexicon.isFunctionWord(word)
        && !NOT_TOWNS.contains(word)
        && !CalendarWords.isMonth(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word)
        && !NameCues.RELATIONS.contains(word)
        && word.chars().allMatch(Character::isLetter);
  }

  /** The town ends there: the end, a mark, a function word or an everyday word of place or time. */
  private static boolean closes(TokenizedText words, int end, Lexicon lexicon) {
    return end == words.size()
        || words.gapBefore(end) != TokenizedText.GAP_SPACE
        || lexicon.isFunctionWord(words.word(end))
        || NOT_TOWNS.contains(words.word(end));
  }

  private static boolean holdsTown(List<Detection> resolved) {
    for (Detection d : resolved) {
      if (d.kind() == EntityKind.LOCATION) {
        return true;
      }
    }
    return false;
  }

  private static int tokenAt(TokenizedText words, int offset) {
    for (int t = 0; t < words.size(); t++) {
      if (words.start(t) == offset) {
        return t;
      }
    }
    return -1;
  }

  private static int tokenEndingAt(TokenizedText words, int offset) {
    for (int t = words.size() - 1; t >= 0; t--) {
      if (words.end(t) == offset) {
        return t;
      }
    }
    return -1;
  }
}
