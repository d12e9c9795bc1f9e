package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import dev.masker.domain.masking.EntityKind;
import dev.masker.domain.masking.UsStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A town read with the state said after it ("we're in braxton arizona", "… unit twenty nine wexley
 * kentucky six seven seven one oh") is the town without it: the state is no geography below its
 * level, which Safe Harbor allows, and the town's token should name the town alone. A name read
 * with a state after it in a place's position ("it's varnum arkansas 35409") is that town too.
 *
 * <p>A state also says that the words before it are a town, whatever words they are: "i moved out
 * to comfort ohio", "that's north fork junction missouri", "p o box 4317 comfort arkansas". One to
 * three words of letters (and an "of" between two: "lake of pines") after a place cue, the start of
 * the turn or an address, and before a state, are the town when nothing was found there; words of a
 * region or a journey ("northern", "back", "visit") are not. A state said alone is no one's name
 * ("that's port haddon i mean kentucky", "north carolina").
 */
public final class TownsWithoutStates {
  private static final double CONFIDENCE = 0.8;
  private static final int MAX_WORDS = 3;

  /** Words a town said before its state follows. */
  private static final Set<String> CUES =
      Set.of(
          "in", "to", "from", "near", "outside", "is", "it's", "its", "that's", "thats", "called",
          "by", "was", "says", "moved", "then", "and");

  /** Words before a state that name a region of it or a journey to it, not a town. */
  private static final Set<String> NOT_TOWNS =
      Set.of(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "upstate",
          "downstate",
          "rural",
          "coastal",
          "north",
          "south",
          "east",
          "west",
          "all",
          "back",
          "out",
          "over",
          "here",
          "there",
          "home",
          "still",
          "visit",
          "visiting",
          "leave",
          "left",
          "love",
          "miss",
          "drive",
          "fly",
          "flew",
          "drove",
          "across",
          "through",
          "whole",
          "same",
          "state",
          "born",
          "raised");

  /** Directions that open a town of several words ("north fork junction"), not one alone. */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west");

  private static final Lexicon LEXICON = Lexicon.standard();

  private TownsWithoutStates() {}

  /**
   * The towns among {@code resolved} that end with a state's name, without it, and the towns said
   * before a state that nothing among {@code resolved} holds.
   */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    for (Detection town : resolved) {
      if (town.kind() != EntityKind.LOCATION && town.kind() != EntityKind.NAME) {
        continue;
      }
      int blank = text.lastIndexOf(' ', town.end() - 1);
      if (blank <= town.start() || !UsStates.endsAName(text.substring(blank + 1, town.end()))) {
        continue;
      }
      String place = text.substring(town.start(), town.end()).toLowerCase(Locale.ROOT);
      int end = town.end() - stateLength(place);
      if (end < town.end()
          && (town.kind() == EntityKind.LOCATION || placeBefore(text, town.start(), resolved))) {
        out.add(ResolvedSpans.location(text, town.start(), end, town.confidence() + 0.01));
      }
    }
    if (TokenizedText.capitalBeyondI(text)) {
      return out; // written text names its towns with capitals
    }
    var words = TokenizedText.of(text);
    for (int i = 1; i < words.size(); i++) {
      if (!UsStates.endsAName(words.word(i)) && !firstWordOfState(words.word(i))) {
        continue;
      }
      int state = stateAt(words, i);
      if (state < 0) {
        continue;
      }
      int first = townStart(words, i, resolved);
      if (first < 0) {
        continue;
      }
      int start = words.start(first);
      int end = words.end(i - 1);
      Detection part = first > 0 ? townEndingAt(resolved, words.end(first - 1)) : null;
      if (part != null && words.gapBefore(first) == TokenizedText.GAP_SPACE) {
        // "apt four linden hollow florida": the town read in part ("linden") goes on to the state
        out.add(ResolvedSpans.location(text, part.start(), end, part.confidence() + 0.01));
      } else if (!ResolvedSpans.overlap(out, start, end)) {
        double names = namesWithin(resolved, start, end); // "hmm harmony indiana", a name first
        if (names >= 0) {
          out.add(ResolvedSpans.location(text, start, end, Math.max(CONFIDENCE, names + 0.01)));
        }
      }
      i = state;
    }
    return out;
  }

  /** {@code town} without the state it ends with, if it is a town that does. */
  public static Detection withoutState(String text, Detection town) {
    if (town.kind() != EntityKind.LOCATION) {
      return town;
    }
    int blank = text.lastIndexOf(' ', town.end() - 1);
    if (blank <= town.start() || !UsStates.endsAName(text.substring(blank + 1, town.end()))) {
      return town;
    }
    String place = text.substring(town.start(), town.end()).toLowerCase(Locale.ROOT);
    int end = town.end() - stateLength(place);
    return end < town.end()
        ? ResolvedSpans.location(text, town.start(), end, town.confidence())
        : town;
  }

  /** The length of the state {@code place} ends with, with the blank before it, or 0. */
  private static int stateLength(String place) {
    for (String state : UsStates.NAMES) {
      if (place.endsWith(" " + state) && place.length() > state.length() + 1) {
        return state.length() + 1;
      }
    }
    return 0;
  }

  /**
   * Whether {@code detection}, a name or a town, is part of a state ("carolina" of "north
   * carolina", "mexico" of "new mexico"), or a name that is a state ("kentucky" said alone). A
   * state that is a name too ("georgia", "virginia") said alone may be a person and is kept.
   */
  public static boolean isState(String text, Detection detection) {
    if (detection.kind() != EntityKind.NAME && detection.kind() != EntityKind.LOCATION) {
      return false;
    }
    String value = text.substring(detection.start(), detection.end()).toLowerCase(Locale.ROOT);
    if (!UsStates.endsAName(value.substring(value.lastIndexOf(' ') + 1))) {
      return false;
    }
    for (String state : UsStates.NAMES) {
      int blank = state.indexOf(' ');
      if (blank > 0 && state.endsWith(" " + value) && value.indexOf(' ') < 0) {
        String before = state.substring(0, blank + 1);
        int at = detection.start() - before.length();
        if (at >= 0 && text.regionMatches(true, at, before, 0, before.length())) {
          return true; // "north carolina", "new mexico"
        }
      }
      if (state.equals(value) && detection.kind() == EntityKind.NAME) {
        return value.indexOf(' ') > 0 || !LEXICON.isName(value);
      }
    }
    return false;
  }

  /** The token after the state whose name starts at {@code i}, or -1. */
  private static int stateAt(TokenizedText words, int i) {
    String one = words.word(i);
    if (i + 1 < words.size() && words.gapBefore(i + 1) == TokenizedText.GAP_SPACE) {
      String two = one + " " + words.word(i + 1);
      if (i + 2 < words.size()
          && words.gapBefore(i + 2) == TokenizedText.GAP_SPACE
          && UsStates.NAMES.contains(two + " " + words.word(i + 2))) {
        return i + 3;
      }
      if (UsStates.NAMES.contains(two)) {
        return i + 2;
      }
    }
    return UsStates.NAMES.contains(one) ? i + 1 : -1;
  }

  private static boolean firstWordOfState(String word) {
    return switch (word) {
      case "new", "north", "south", "west", "rhode", "district", "puerto" -> true;
      default -> false;
    };
  }

  /**
   * The first word of the town said right before the state at {@code state}: up to three words of a
   * town after a cue, the turn's start (past fillers and openers) or a place found; or -1.
   */
  private static int townStart(TokenizedText words, int state, List<Detection> resolved) {
    int count = 0;
    for (int first = state - 1; first >= 0; first--) {
      String word = words.word(first);
      if (first < state - 1 && words.gapBefore(first + 1) != TokenizedText.GAP_SPACE) {
        return -1;
      }
      boolean inner = word.equals("of") && first < state - 1 && count < MAX_WORDS;
      boolean direction = DIRECTIONS.contains(word) && count > 0;
      if (!inner && !direction && !townWord(word)) {
        return -1;
      }
      if (!inner) {
        count++;
      }
      if (count > MAX_WORDS) {
        return -1;
      }
      if (inner) {
        continue;
      }
      if (first == 0 || words.gapBefore(first) == TokenizedText.GAP_STOP) {
        return first;
      }
      int cue = first - 1;
      while (cue > 0 && NameCues.FILLER_WORDS.contains(words.word(cue))) {
        cue--; // "gothberg road uh energy new mexico"
      }
      if (CUES.contains(words.word(cue))
          || NameCues.OPENERS.contains(words.word(cue)) // "okay bell buckle indiana"
          || opensTurn(words, first - 1)
          || placeEndsAt(resolved, words.end(cue))) {
        return first;
      }
    }
    return -1;
  }

  private static boolean townWord(String word) {
    return word.length() >= 3
        && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
        && !NOT_TOWNS.contains(word)
        && !LEXICON.isFunctionWord(word)
        && !NameCues.FILLER_WORDS.contains(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word)
        && !PlaceRecognizer.NUMBER_WORDS.contains(word)
        && !UsStates.NAMES.contains(word);
  }

  /** Whether only openers ("uh", "yeah", "okay") stand before the token after {@code last}. */
  private static boolean opensTurn(TokenizedText words, int last) {
    for (int k = last; k >= 0; k--) {
      if (!NameCues.OPENERS.contains(words.word(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The highest confidence of the names found within {@code [start, end)}, 0 when nothing was found
   * there, or -1 when a value of another kind, or reaching outside, was.
   */
  private static double namesWithin(List<Detection> resolved, int start, int end) {
    double highest = 0;
    for (Detection d : resolved) {
      if (d.end() <= start || d.start() >= end) {
        continue;
      }
      if (d.kind() != EntityKind.NAME || d.start() < start || d.end() > end) {
        return -1;
      }
      highest = Math.max(highest, d.confidence());
    }
    return highest;
  }

  private static Detection townEndingAt(List<Detection> resolved, int end) {
    for (Detection d : resolved) {
      if (d.end() == end && d.kind() == EntityKind.LOCATION) {
        return d;
      }
    }
    return null;
  }

  /** Whether an address, a ZIP code or a town found ends at {@code end}. */
  private static boolean placeEndsAt(List<Detection> resolved, int end) {
    for (Detection d : resolved) {
      if (d.end() == end
          && (d.kind() == EntityKind.ADDRESS
              || d.kind() == EntityKind.ZIP
              || d.kind() == EntityKind.LOCATION)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place cue, the turn's start or a place found stands right before {@code start}. */
  private static boolean placeBefore(String text, int start, List<Detection> resolved) {
    if (placeEndsAt(resolved, start - 1)) {
      return true;
    }
    var words = TokenizedText.of(text);
    for (int i = 0; i < words.size(); i++) {
      if (words.start(i) == start) {
        return i == 0
            || CUES.contains(words.word(i - 1))
            || opensTurn(words, i - 1)
            || placeEndsAt(resolved, words.end(i - 1));
      }
    }
    return false;
  }
}
