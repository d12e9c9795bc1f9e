package dev.masker.domain.masking.lexicon;

import dev.masker.domain.masking.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person named and then said who they are, after a comma: "she lives over in sterling with neve,
 * her daughter", "and i'm simar, the dependent". One or two words before ", her daughter", ", my
 * husband", ", the dependent" that are no ordinary word are a name, where nothing else marks it.
 */
public final class NamesInApposition {
  private static final double CONFIDENCE = 0.7;

  /** Words that tie the relation to someone: "her daughter", "the dependent". */
  private static final Set<String> OWNERS =
      Set.of("my", "her", "his", "their", "our", "your", "the");

  private NamesInApposition() {}

  /** The names said before a relation among the words of {@code text}. */
  public static List<Detection> find(String text, List<Detection> resolved) {
    List<Detection> out = new ArrayList<>(0);
    if (text.indexOf(',') < 0) {
      return out;
    }
    var words = TokenizedText.of(text);
    var lexicon = Lexicon.standard();
    for (int r = 2; r + 1 < words.size(); r++) {
      if (words.gapBefore(r) != TokenizedText.GAP_COMMA
          || !OWNERS.contains(words.word(r))
          || words.gapBefore(r + 1) != TokenizedText.GAP_SPACE
          || !NameContext.RELATIONS.contains(words.word(r + 1))
          || !endsPhrase(words, r + 2)) {
        continue;
      }
      int last = r - 1;
      if (!nameWord(words.word(last), lexicon)) {
        continue;
      }
      int first = last;
      if (last >= 1
          && words.gapBefore(last) == TokenizedText.GAP_SPACE
          && nameWord(words.word(last - 1), lexicon)
          && !lexicon.isCommonWord(words.word(last - 1))) {
        first = last - 1; // "teodric stromberg, my husband"
      }
      int start = words.start(first);
      int end = words.end(last);
      if (!ResolvedSpans.overlap(resolved, start, end)) {
        out.add(ResolvedSpans.name(text, start, end, CONFIDENCE));
      }
    }
    return out;
  }

  /** A word a name may be: letters, no function, common or calendar word, no title or relation. */
  private static boolean nameWord(String word, Lexicon lexicon) {
    return word.length() >= 2
        && word.chars().allMatch(Character::isLetter)
        && !lexicon.isFunctionWord(word)
        && !lexicon.isCommonWord(word)
        && !lexicon.isHonorific(word)
        && !NameContext.RELATIONS.contains(word)
        && !CalendarWords.CALENDAR_WORDS.contains(word);
  }

  /** The relation ends its phrase: the text ends, a mark, or the next clause starts. */
  private static boolean endsPhrase(TokenizedText words, int next) {
    return next >= words.size() || words.gapBefore(next) != TokenizedText.GAP_SPACE;
  }
}
