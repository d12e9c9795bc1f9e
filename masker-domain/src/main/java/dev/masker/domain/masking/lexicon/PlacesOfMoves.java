package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a caller moved or came from: "we moved from sorrel junction to liberty", "i'm over from
 * west glamorgan visiting my daughter", "visiting from county londonderry". After a word of moving
 * and "from" (or "to" after a move), one to three words are a place when none of them is a function
 * word and one at least is a word no common-word list has ("moved from nights to days" names no
 * place).
 */
public final class PlacesOfMoves {
  private static final int MAX_WORDS = 3;
  private static final double CONFIDENCE = 0.7;

  private static final Set<String> MOVES =
      Set.of("moved", "moving", "move", "relocated", "over", "visiting", "in", "flying", "flew");

  private PlacesOfMoves() {}

  /** The places after words of moving in {@code text}, not yet covered by {@code resolved}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (text.indexOf(" from ") < 0) {
      return out;
    }
    var words = TokenizedText.of(text);
    var lexicon = Lexicon.standard();
    for (int i = 1; i + 1 < words.size(); i++) {
      if (!words.word(i).equals("from") || !MOVES.contains(words.word(i - 1))) {
        continue;
      }
      int end = place(words, i + 1, lexicon, text, resolved, out);
      if (end > 0 && end + 1 < words.size() && words.word(end).equals("to")) {
        place(words, end + 1, lexicon, text, resolved, out); // "from sorrel junction to liberty"
      }
    }
    return out;
  }

  /** Adds the place starting at token {@code first}; returns the token after it, or -1. */
  private static int place(
      TokenizedText words,
      int first,
      Lexicon lexicon,
      String text,
      List<Detection> resolved,
      List<Detection> out) {
    int last = first - 1;
    boolean unlisted = false;
    for (int k = first; k < words.size() && k < first + MAX_WORDS; k++) {
      String word = words.word(k);
      if (lexicon.isFunctionWord(word)
          || CalendarWords.CALENDAR_WORDS.contains(word)
          || CalendarWords.isMonth(word)
          || !word.chars().allMatch(Character::isLetter)
          || k > first && words.gapBefore(k) != TokenizedText.GAP_SPACE) {
        break;
      }
      if (unlisted && lexicon.isStreetSuffix(word)) {
        last = k; // "sorrel junction", "halloway springs"
        continue;
      }
      if (lexicon.isCommonWord(word) && !PlacesBeforeFacilities.PLACE_STARTS.contains(word)) {
        if (unlisted) {
          break; // "liberty last month": the place ends before an ordinary word
        }
        continue;
      }
      unlisted |= !PlacesBeforeFacilities.PLACE_STARTS.contains(word);
      last = k;
    }
    if (!unlisted || last < first) {
      return -1;
    }
    int start = words.start(first);
    int end = words.end(last);
    if (!ResolvedSpans.overlapPlace(resolved, start, end)) {
      out.add(ResolvedSpans.location(text, start, end, CONFIDENCE));
    }
    return last + 1;
  }
}
