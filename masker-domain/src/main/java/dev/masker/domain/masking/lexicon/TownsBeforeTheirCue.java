package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A town said first and called one after: "stillwell, that's where i am right now", "elm falls okay
 * so yes that's the town i'm in", "saint clement uh yeah that's the one we're in", "braxton that's
 * the city". One to three words that open the turn or a clause, before "that's the town", "that's
 * the next town over", "that's where i live" and the like (fillers and "yes" may stand between),
 * are the town, whatever words they are.
 */
public final class TownsBeforeTheirCue {
  private static final double CONFIDENCE = 0.8;
  private static final int MAX_WORDS = 3;

  /** Words a caller says between the town and what it is: "okay so yes". */
  private static final Set<String> BETWEEN =
      Set.of("uh", "um", "okay", "ok", "so", "yes", "yeah", "yep", "oh", "and");

  /** Words that open a clause before the town. */
  private static final Set<String> OPENERS =
      Set.of(
          "uh", "um", "oh", "yeah", "okay", "ok", "so", "well", "it's", "its", "sorry", "no",
          "wait");

  /** What follows "that's" to call the words before a place. */
  private static final List<List<String>> CALLED =
      List.of(
          List.of("the", "town"),
          List.of("the", "city"),
          List.of("the", "village"),
          List.of("the", "next", "town"),
          List.of("the", "one", "we're", "in"),
          List.of("the", "one", "i'm", "in"),
          List.of("where", "i", "am"),
          List.of("where", "i", "live"),
          List.of("where", "we", "are"),
          List.of("where", "we", "live"),
          List.of("where", "she", "lives"),
          List.of("where", "he", "lives"),
          List.of("my", "town"));

  private TownsBeforeTheirCue() {}

  /** The towns said before the words that call them one, among the words of {@code text}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!text.contains("that's") && !text.contains("that is")) {
      return out;
    }
    var words = TokenizedText.of(text);
    var lexicon = Lexicon.standard();
    for (int t = 1; t + 2 < words.size(); t++) {
      if (!words.word(t).equals("that's") || !called(words, t + 1)) {
        continue;
      }
      int last = t - 1;
      while (last >= 0 && BETWEEN.contains(words.word(last))) {
        last--;
      }
      int first = last;
      while (first > 0
          && last - first + 1 < MAX_WORDS
          && words.gapBefore(first) == TokenizedText.GAP_SPACE
          && !OPENERS.contains(words.word(first - 1))
          && townWord(words.word(first - 1), lexicon)) {
        first--;
      }
      if (last < 0
          || !townWord(words.word(last), lexicon)
          || !townWord(words.word(first), lexicon)
          || first > 0
              && words.gapBefore(first) == TokenizedText.GAP_SPACE
              && !OPENERS.contains(words.word(first - 1))) {
        continue;
      }
      int start = words.start(first);
      int end = words.end(last);
      if (!ResolvedSpans.overlapPlace(resolved, start, end)) {
        out.add(ResolvedSpans.location(text, start, end, CONFIDENCE));
      }
    }
    return out;
  }

  private static boolean called(TokenizedText words, int at) {
    for (List<String> phrase : CALLED) {
      boolean match = at + phrase.size() <= words.size();
      for (int k = 0; match && k < phrase.size(); k++) {
        match = words.word(at + k).equals(phrase.get(k));
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  private static boolean townWord(String word, Lexicon lexicon) {
    return word.length() >= 2
        && word.chars().allMatch(Character::isLetter)
        && !lexicon.isFunctionWord(word)
        && !BETWEEN.contains(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word);
  }
}
