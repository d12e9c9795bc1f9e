package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A town said where the caller was or will be, and when: "i was seen in the er in redwater on
 * august sixteenth", "we stayed in redwater till january", "she'll be in new tarrow that week",
 * "the doctor in hope saw me", "it was in maple glen that i got the stitches", "the trailhead
 * outside grayling". In a lower-case transcript, one to three words after "in", "from", "outside"
 * or "near" that no list of everyday words has (a rare word a dictionary has, like "redwater", or a
 * word of a town's shape, "maple glen", "orchard hill") are the town when a date or a word of time
 * follows them: the date found right after (or after "on", "from", "till"), "since", "until", "that
 * week", "originally", or what was done there ("saw", "said"); after "outside", also when the
 * clause ends with them.
 */
public final class TownsBeforeDates {
  private static final double CONFIDENCE = 0.8;
  private static final int MAX_WORDS = 3;

  private static final Set<String> CUES = Set.of("in", "from", "outside", "near");

  /** Words of time that close what a place cue opened: "in redwater since june". */
  private static final Set<String> TIME_WORDS =
      Set.of(
          "since",
          "till",
          "until",
          "til",
          "originally",
          "yesterday",
          "today",
          "tonight",
          "tomorrow",
          "last",
          "next",
          "this",
          "during");

  /** What was done there: "the doctor in hope saw me", "the pharmacy in hope said". */
  private static final Set<String> WHAT_HAPPENED =
      Set.of("said", "saw", "says", "told", "called", "gave", "sent", "sees", "treated");

  /** What "that" says of time after a town: "in new tarrow that week". */
  private static final Set<String> THAT_TIMES =
      Set.of("week", "weekend", "day", "night", "morning", "month", "year", "time", "summer");

  /** Words that may stand between a town and its date: "in hope on january fifth". */
  private static final Set<String> BEFORE_DATE = Set.of("on", "from", "till", "until", "in");

  /** The last word of many towns, an everyday word too: "orchard hill", "maple glen". */
  static final Set<String> TOWN_LAST_WORDS =
      Set.of(
          "hill",
          "hills",
          "glen",
          "hollow",
          "heights",
          "falls",
          "springs",
          "bay",
          "lake",
          "valley",
          "ridge",
          "creek",
          "harbor",
          "harbour",
          "grove",
          "crossing",
          "junction",
          "mills",
          "landing");

  private static final NameWords WORDS = new NameWords(Lexicon.standard());

  private TownsBeforeDates() {}

  /** The towns said before a date or a word of time in {@code text}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!hasCue(text) || TokenizedText.capitalBeyondI(text)) {
      return out; // a transcript's reader: text with capitals has the capital rules
    }
    var words = TokenizedText.of(text);
    if (!words.lowerCase()) {
      return out;
    }
    var lexicon = Lexicon.standard();
    for (int t = 0; t + 1 < words.size(); t++) {
      if (!CUES.contains(words.word(t))) {
        continue;
      }
      int first = t + 1;
      int last = first;
      while (last < words.size()
          && last - first < MAX_WORDS
          && words.gapBefore(last) == TokenizedText.GAP_SPACE
          && townWord(words, last, lexicon)) {
        last++;
      }
      if (last > first
          && (lexicon.states().longestAt(words, first) != null
              || NameRecognizer.COUNTRIES.longestAt(words, first) != null)) {
        continue; // "born in ohio on june …": a state or a country is not reported
      }
      for (int end = last; end > first; end--) {
        boolean closes =
            timeAfter(words, end, resolved)
                || words.word(t).equals("outside")
                    && (end == words.size() || words.gapBefore(end) != TokenizedText.GAP_SPACE);
        if (closes && town(words, first, end, lexicon)) {
          int start = words.start(first);
          int stop = words.end(end - 1);
          if (!ResolvedSpans.overlapPlace(resolved, start, stop)) {
            out.add(ResolvedSpans.location(text, start, stop, CONFIDENCE));
          }
          t = end - 1;
          break;
        }
      }
    }
    return out;
  }

  private static boolean hasCue(String text) {
    return text.contains("in ")
        || text.contains("from ")
        || text.contains("outside ")
        || text.contains("near ");
  }

  /** A word a town's name may hold: letters, no function, number or calendar word. */
  private static boolean townWord(TokenizedText words, int t, Lexicon lexicon) {
    String word = words.word(t);
    return !words.isDigits(t)
        && word.length() >= 3
        && !lexicon.isFunctionWord(word)
        && !CalendarWords.isMonth(word)
        && !TIME_WORDS.contains(word)
        && !BEFORE_DATE.contains(word)
        && word.chars().allMatch(Character::isLetter);
  }

  /**
   * Words {@code [first, end)} make a town: none is an everyday word or a medicine or abbreviation
   * of the lists, but a town's first word ("new", "north") or last ("hill", "glen") may be.
   */
  private static boolean town(TokenizedText words, int first, int end, Lexicon lexicon) {
    int rare = 0;
    for (int t = first; t < end; t++) {
      String word = words.word(t);
      boolean everyday = lexicon.isCommonWord(word) || WORDS.term(word);
      if (!everyday) {
        rare++;
      } else if (!(t == first && end - first >= 2 && UnlistedTowns.PLACE_PREFIXES.contains(word)
          || t == end - 1 && end - first >= 2 && TOWN_LAST_WORDS.contains(word)
          || t == first && end - first == 2 && TOWN_LAST_WORDS.contains(words.word(end - 1)))) {
        return false;
      }
    }
    return rare > 0 || end - first == 2 && TOWN_LAST_WORDS.contains(words.word(end - 1));
  }

  /** A date or a word of time at token {@code t}: "since", "that week", "on <a date found>". */
  private static boolean timeAfter(TokenizedText words, int t, List<Detection> resolved) {
    if (t >= words.size() || words.gapBefore(t) != TokenizedText.GAP_SPACE) {
      return false;
    }
    String word = words.word(t);
    if (TIME_WORDS.contains(word) || WHAT_HAPPENED.contains(word)) {
      return true;
    }
    if (word.equals("that")) {
      return t + 1 < words.size() && THAT_TIMES.contains(words.word(t + 1)) || cleft(words, t);
    }
    if (dateAt(words, t, resolved)) {
      return true;
    }
    return BEFORE_DATE.contains(word) && t + 1 < words.size() && dateAt(words, t + 1, resolved);
  }

  /**
   * "it was in maple glen that i got the stitches": the place a cleft sentence puts first, with
   * "that" after it and "it was" before its cue.
   */
  private static boolean cleft(TokenizedText words, int that) {
    for (int t = that - 2; t >= Math.max(1, that - 1 - MAX_WORDS); t--) {
      if (CUES.contains(words.word(t))) {
        String verb = words.word(t - 1);
        return (verb.equals("was") || verb.equals("is"))
            && t >= 2
            && words.word(t - 2).equals("it");
      }
    }
    return false;
  }

  private static boolean dateAt(TokenizedText words, int t, List<Detection> resolved) {
    int i = ResolvedSpans.firstEndingAfter(resolved, words.start(t));
    if (i >= resolved.size()) {
      return false;
    }
    Detection d = resolved.get(i);
    return d.start() == words.start(t)
        && (d.kind() == EntityKind.DATE || d.kind() == EntityKind.DOB);
  }
}
