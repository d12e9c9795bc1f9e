package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two streets said as where they cross, which places someone as closely as a house number: "i'll
 * wait on the corner of hope and elm by the bank", "at the intersection of bellweather and fifth
 * street". An ADDRESS from the first street to the second, each one or two words and a street type
 * at most (or a street type alone: "martin and mill"), after "corner of" or "intersection of". "the
 * corner of my eye" names no street: a function word, a number or a date word is no street's name.
 */
public final class CrossStreets {
  private static final double CONFIDENCE = 0.7;
  private static final int MAX_WORDS = 2;

  private static final Set<String> CROSSINGS = Set.of("corner", "intersection");

  private CrossStreets() {}

  /** The crossings {@code text} names, not yet among {@code resolved}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (!text.contains(" of ") || !(text.contains("corner") || text.contains("intersection"))) {
      return out;
    }
    var words = TokenizedText.of(text);
    var lexicon = Lexicon.standard();
    for (int i = 0; i + 4 < words.size(); i++) {
      if (!CROSSINGS.contains(words.word(i)) || !words.word(i + 1).equals("of")) {
        continue;
      }
      int first = i + 2;
      int and = streetEnd(words, first, lexicon);
      if (and < 0 || and >= words.size() || !words.word(and).equals("and")) {
        continue;
      }
      int end = streetEnd(words, and + 1, lexicon);
      if (end < 0) {
        continue;
      }
      int start = words.start(first);
      int stop = words.end(end - 1);
      if (!ResolvedSpans.overlapPlace(resolved, start, stop)) {
        out.add(ResolvedSpans.address(text, start, stop, CONFIDENCE));
      }
      i = end - 1;
    }
    return out;
  }

  /**
   * The token after a street's name starting at {@code from}: one or two name words, then a street
   * type if one follows; -1 when no name word stands there.
   */
  private static int streetEnd(TokenizedText words, int from, Lexicon lexicon) {
    int k = from;
    while (k < words.size()
        && k < from + MAX_WORDS
        && (k == from || words.gapBefore(k) == TokenizedText.GAP_SPACE)
        && streetWord(words.word(k), lexicon)) {
      k++;
    }
    if (words.gapBefore(from) != TokenizedText.GAP_SPACE) {
      return -1;
    }
    if (k == from) {
      // "the corner of martin and mill": a street type alone names the street
      return lexicon.isStreetSuffix(words.word(from)) ? from + 1 : -1;
    }
    if (k < words.size()
        && words.gapBefore(k) == TokenizedText.GAP_SPACE
        && lexicon.isStreetSuffix(words.word(k))) {
      k++;
    }
    return k;
  }

  private static boolean streetWord(String word, Lexicon lexicon) {
    return word.length() >= 2
        && word.chars().allMatch(Character::isLetter)
        && !word.equals("and")
        && !lexicon.isFunctionWord(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word)
        && !lexicon.isStreetSuffix(word);
  }
}
